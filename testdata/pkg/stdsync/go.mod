module stdsync

go 1.19

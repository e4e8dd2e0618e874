module stdbytes

go 1.19

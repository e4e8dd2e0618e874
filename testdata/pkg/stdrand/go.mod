module stdrand

go 1.19

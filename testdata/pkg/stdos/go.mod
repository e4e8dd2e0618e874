module stdos

go 1.19

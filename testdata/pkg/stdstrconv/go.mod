module stdstrconv

go 1.19

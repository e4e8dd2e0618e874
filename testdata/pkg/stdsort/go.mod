module stdsort

go 1.19

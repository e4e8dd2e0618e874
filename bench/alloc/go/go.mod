module allocbench

go 1.19

module example.com/unexp

go 1.19

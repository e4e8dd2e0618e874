module example.com/missingstd

go 1.19

module example.com/mb

go 1.19

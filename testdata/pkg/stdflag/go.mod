module stdflag

go 1.19

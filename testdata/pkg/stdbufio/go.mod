module stdbufio

go 1.19

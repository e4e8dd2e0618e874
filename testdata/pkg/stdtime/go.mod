module stdtime

go 1.19

module stdlog

go 1.19

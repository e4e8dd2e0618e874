module stdmisc

go 1.19

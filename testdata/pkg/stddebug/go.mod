module stddebug

go 1.19

module stderrors

go 1.19

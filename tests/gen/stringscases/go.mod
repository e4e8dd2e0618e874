module strgen
go 1.19

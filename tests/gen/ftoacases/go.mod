module ftoagen
go 1.19

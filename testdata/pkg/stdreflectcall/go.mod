module stdreflectcall

go 1.19

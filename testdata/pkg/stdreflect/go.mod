module stdreflect

go 1.19

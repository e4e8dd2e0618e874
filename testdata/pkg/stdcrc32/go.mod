module stdcrc32

go 1.19

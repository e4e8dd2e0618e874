package main

import (
	"example.com/internal/a"
	"example.com/internal/b"
)

func main() { a.F(); b.G() }

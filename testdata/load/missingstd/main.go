package main

import (
	"fmt"
	"nosuchpkg"
)

func main() { fmt.Println(nosuchpkg.X) }

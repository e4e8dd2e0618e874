package main

import (
	"fmt"

	"example.com/exportdata/lib"
)

func main() {
	fi, err := lib.Stat()
	fmt.Println(fi != nil, err == nil, lib.A, lib.B, lib.C, lib.Count)
	lib.Push("x")
	lib.Push("y")
	buf := make([]byte, 4)
	lib.Keep(buf)
	local := []byte("on the stack?")
	n := lib.Walk(lib.Last(), func(s string) bool { return len(local) > 0 && s != "" })
	fmt.Println(n, lib.Last().Name)
}

package main

import (
	"fmt"
	"strings"
)

// strings.Split's empty last piece must not point one past the end of the
// string's bytes: a global keeps it, and a collection that meets a pointer
// into the next object stops with "found bad pointer in Go heap" (the run
// corpus runs again under GODEBUG=gcstress=100; the 48 bytes of the
// string are the only object of their size class, so the slot after them
// stays free).

var keep []string
var tail string

func main() {
	keep = strings.Split(strings.Repeat("7,", 24), ",")
	s := strings.Repeat("ab", 3)
	tail = s[len(s):]
	n := 0
	for i := 0; i < 1000; i++ {
		n += len(make([]byte, 100+i%7))
	}
	fmt.Println(len(keep), keep[7], keep[24] == "", tail == "", n)
}

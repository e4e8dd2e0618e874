package main

// A slice no machine here can back (1 TB) fails at once, as Go's heap
// does: "fatal error: runtime: out of memory", exit 2, no page touched.

import "fmt"

func main() {
	fmt.Println("before")
	b := make([]byte, 1<<40)
	b[len(b)-1] = 1
	println(len(b))
}

package main

import "fmt"

// Deferring a nil func value is not an error; calling it, when the
// surrounding function returns, panics.  Its arguments are evaluated at
// the defer statement all the same.

var x int

func arg(n int) int {
	fmt.Println("arg evaluated", n)
	return n
}

func f() {
	var nilf func(int)
	defer nilf(arg(1))
	x = 1
	fmt.Println("after defer")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover(), "x =", x)
		var g func()
		defer g()
		fmt.Println("unrecovered next")
	}()
	f()
}

// errorcheck -0 -m -l
package main

var g *int

func f() {
	/* é */ x := 1 // ERROR ": moved to heap: x$"
	g = &x
}

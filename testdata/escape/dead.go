// errorcheck -0 -m -l
package main

const debug = false

var sink *int

func f(p *int) int { // ERROR ": p does not escape$"
	if debug {
		sink = p
	}
	x := 1 // ERROR ": moved to heap: x$"
	if false {
		sink = &x
	}
	for false {
		sink = &x
	}
	return *p + x
}

func main() { _ = f(nil) }

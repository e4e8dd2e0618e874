// errorcheck -0 -m -l
package main

var sink interface{}
var gp *int

func f(p int) (r int) { // ERROR ": moved to heap: p$" ": moved to heap: r$"
	x := 1 // ERROR ": moved to heap: x$"
	gp = &x
	{
		var y int // ERROR ": moved to heap: y$"
		gp = &y
	}
	gp = &r
	gp = &p
	sink = &p
	return
}

func main() {}

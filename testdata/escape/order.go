// errorcheck -0 -m -l
package main

var sink *int

func main() {
	x := 1 // ERROR ": moved to heap: x$"
	f(&x)
	y := 2
	g(&y)
}

func f(p *int) { sink = p } // ERROR ": leaking param: p$"

func g(q *int) { // ERROR ": q does not escape$"
	h(q)
}

func h(r *int) { // ERROR ": r does not escape$"
	z := 3 // ERROR ": moved to heap: z$"
	sink = &z
}

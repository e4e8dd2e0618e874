// errorcheck -0 -m -l
package main

var sink interface{}
var gpp **int

func a(x int) *int { return &x } // ERROR ": moved to heap: x$"

func b(p *int) **int { return &p } // ERROR ": moved to heap: p$"

func c(p *int) { gpp = &p } // ERROR ": moved to heap: p$"

func d() (r int) { // ERROR ": moved to heap: r$"
	sink = &r
	return
}

func e(p, q *int, _ *int, n int) (*int, *int) { // ERROR ": leaking param: p to result ~r1 level=0$" ": leaking param: q to result ~r0 level=0$"
	return q, p
}

func f(pp **int) *int { // ERROR ": leaking param: pp to result ~r0 level=1$"
	return **&pp
}

func main() {}

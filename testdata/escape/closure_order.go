// errorcheck -0 -m -l
package main

var sink *int

func outer(p *int) { // ERROR ": leaking param: p$"
	a := 1 // ERROR ": moved to heap: a$"
	f := func(q *int) *int { // ERROR ": leaking param: q to result ~r0 level=0$" ": func literal does not escape$"
		b := 2 // ERROR ": moved to heap: b$"
		sink = &b
		return q
	}
	_ = f(&a)
	g := func(r *int) { // ERROR ": leaking param: r$" ": func literal does not escape$"
		c := new(int) // ERROR ": new\(int\) escapes to heap$"
		sink = c
		sink = r
	}
	g(p)
	z := 3 // ERROR ": moved to heap: z$"
	sink = &z
}

func main() { outer(nil) }

// errorcheck -0 -m -l
// Every package-level func literal is a function of its own, glob..funcN,
// numbered and analysed in source order among the declarations, whether its
// initializer is static data or code in init; literals inside one are
// glob..funcN.M.  minigo used to analyse the ones in init's code after all
// the others, as closures of init (the -m lines came out of gc's order).
package main

func h(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

var a = h(func() *int { y := 1; return &y }()) // ERROR "moved to heap: y$" "func literal does not escape$"

var b = func() *int { z := 2; return &z } // ERROR "moved to heap: z$"

var c = func() func() *int { return func() *int { w := 3; return &w } } // ERROR "moved to heap: w$" "func literal escapes to heap$"

func f(g func() *int) *int { return g() } // ERROR "g does not escape$"

func main() {
	println(*a, *b(), f(nil) == nil, *c()())
}

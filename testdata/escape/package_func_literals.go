// errorcheck -0 -m -l
// A func literal in a static package-level initializer is a function of
// its own (gc's glob..funcN), analysed among the declarations where it
// stands; it used to be skipped, and its moved-to-heap variable unreported.
package main

func a() *int { z := 1; return &z } // ERROR "moved to heap: z$"

var x = func() *int { y := 0; return &y } // ERROR "moved to heap: y$"

func b() *int { w := 1; return &w } // ERROR "moved to heap: w$"

var f = func(n int) []int { return make([]int, n) } // ERROR "make\(\[\]int, n\) escapes to heap$"

var fs = []func() *int{func() *int { v := 2; return &v }} // ERROR "moved to heap: v$"

var g = dyn()

func dyn() func() *int {
	return func() *int { u := 3; return &u } // ERROR "moved to heap: u$" "func literal escapes to heap$"
}

func main() {
	println(*x() == 0, len(f(3)), a(), b(), g(), fs[0]())
}

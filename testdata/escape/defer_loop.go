// errorcheck -0 -m -l
package main

import "fmt"

func use(p *int) {} // ERROR ": p does not escape$"
func use2(p *int, q int) {} // ERROR ": p does not escape$"

type T struct{ a int }

func (t *T) M(p *int) {} // ERROR ": t does not escape$" ": p does not escape$"

func f(n int) {
	for i := 0; i < n; i++ {
		y := i // ERROR ": moved to heap: y$"
		defer use(&y)
		defer fmt.Println(i) // ERROR ": i escapes to heap$" ": \.\.\. argument does not escape$"
		z := i
		defer func() { _ = z }() // ERROR ": func literal escapes to heap$"
		t := &T{} // ERROR ": &T\{\} escapes to heap$"
		defer t.M(nil)
	}
	x := 1
	defer use2(&x, 3)
	defer fmt.Println(n, x) // ERROR ": n escapes to heap$" ": x escapes to heap$" ": \.\.\. argument does not escape$"
	w := 2
	defer func(p *int) {}(&w) // ERROR ": p does not escape$" ": func literal does not escape$"
}

func main() {}

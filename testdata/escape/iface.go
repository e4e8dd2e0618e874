// errorcheck -0 -m -l
package main

import "fmt"

type S struct{ a, b, c int }

var sink interface{}

func use(i interface{}) bool { return i != nil } // ERROR ": i does not escape$"

func conv(n int, s string, st S, p *int) { // ERROR ": leaking param: s$" ": leaking param: p$"
	sink = n // ERROR ": n escapes to heap$"
	sink = s // ERROR ": s escapes to heap$"
	var i interface{} = st // ERROR ": st does not escape$"
	_ = use(i)
	_ = use(n) // ERROR ": n does not escape$"
	sink = p
	var b byte = 7
	sink = b // ERROR ": b escapes to heap$"
	sink = 12345 // ERROR ": 12345 escapes to heap$"
}

func printing(n int, s string, p *int) { // ERROR ": leaking param: s$" ": p does not escape$"
	fmt.Println(n, s) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$" ": s escapes to heap$"
	fmt.Println("hello") // ERROR ": \.\.\. argument does not escape$" `: "hello" escapes to heap$`
	fmt.Printf("%d\n", n) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$"
	x := 3 // ERROR ": moved to heap: x$"
	fmt.Println(&x) // ERROR ": \.\.\. argument does not escape$"
	println(n, s)
}

func main() {
	y := 0 // ERROR ": moved to heap: y$"
	conv(1, "a", S{}, &y)
	printing(1, "b", &y)
}

// Struct equality in gc's order: string lengths and scalars before string
// bytes and nested values, interfaces in groups of their own (the panic
// of an incomparable dynamic type comes from the comparison gc makes).
package main

import "fmt"

type S struct {
	a string
	b int
	c [3]int
	d float64
	e interface{}
	f string
	g struct{ x, y string }
}

func main() {
	x := S{a: "hi", b: 1, e: 3, f: "z"}
	y := x
	fmt.Println(x == y)
	y.g.y = "q"
	fmt.Println(x == y)
	y = x
	y.d = -0.0
	x.d = 0.0
	fmt.Println(x == y)
	y.e = "3"
	fmt.Println(x == y)
	m := map[S]int{x: 1}
	fmt.Println(m[x], m[y])
	defer func() { fmt.Println(recover()) }()
	x.e, y.e = []int{}, []int{}
	fmt.Println(x == y)
}

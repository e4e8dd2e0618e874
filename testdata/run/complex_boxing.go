package main

// Complex values boxed into interfaces, behind pointers, in composite
// literals: escape analysis as gc reports it.

import "fmt"

type S struct {
	c complex128
	p *complex64
}

var sink interface{}
var gp *complex128

func f1(c complex128) interface{} { return c }
func f2(c *complex128) *complex128 { return c }
func f3(c complex64) { sink = c }
func f4() *complex128 {
	c := 1 + 2i
	return &c
}
func f5(s S) complex128 { return s.c * complex(real(s.c), 0) }
func f6(x, y float64) { sink = complex(x, y) }
func f7(x complex128) { sink = real(x); gp = &x }
func f8() {
	a := []complex128{1, 2i}
	m := map[complex64]*S{}
	m[1] = &S{c: 1}
	fmt.Println(a, len(m), m[1].c, imag(a[0]), complex(real(a[1]), 1))
	var z complex64 = 3
	fmt.Printf("%v %v\n", *&z, z*z)
	println(z + 1)
}

func main() {
	f1(1)
	f2(nil)
	f3(2)
	f4()
	f5(S{})
	f6(1, 2)
	f7(3)
	f8()
}

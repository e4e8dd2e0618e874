package main

// Complex values through the calling convention (many arguments, several
// results, methods, closures, defer), in globals, typed constants,
// switches and fmt's widths and flags.

import "fmt"

type C complex64

func (c C) Abs2() float32 { return real(c)*real(c) + imag(c)*imag(c) }

type Z complex128

func (z Z) String() string { return fmt.Sprintf("Z%g", complex128(z)) }

const tc complex64 = 1.1 + 2.2i
const td = complex(1, 2) * 2

var g1 = 2i
var g2 = complex(float32(g0), 1)
var g0 = 3.5
var gs = []complex64{1, 2, tc}

func many(a, b, c, d, e, f, g, h complex128, x complex64, y float64, s string) (complex128, complex64, string) {
	return a + b + c + d + e + f + g + h, x * x, s
}

func pair() (complex64, complex128) { return 1 + 1i, 2 - 2i }

type St struct {
	a complex64
	b int8
	c complex128
}

func sw(z complex128) string {
	switch z {
	case 0:
		return "zero"
	case 1i, -1i:
		return "unit i"
	}
	return "other"
}

func main() {
	fmt.Println(tc, td, g1, g2, gs, C(3+4i).Abs2(), Z(1i))
	fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8i, 2i, 1.5, "s"))
	a, b := pair()
	fmt.Println(a, b)
	f := func() complex128 { b *= 2; return b }
	fmt.Println(f(), b)
	defer fmt.Println("deferred", b, a)
	s := St{1, 2, 3i}
	p := &s
	p.c += 1
	s2 := s
	fmt.Println(s, s == s2, sw(0), sw(-1i), sw(2))
	var z complex128
	fmt.Println(z == 0, z != 1i, 1i == z)
	var iface interface{} = tc
	fmt.Printf("%v %T %v\n", iface, iface, iface == interface{}(tc))
	var x C = 1
	for i := 0; i < 3; i++ {
		x = x*x + C(complex(0, float32(i)))
	}
	fmt.Println(x)
	m := map[Z][]int{}
	m[1] = append(m[1], 2)
	fmt.Println(m)
	ch := [...]complex64{3: 1i}
	fmt.Println(ch, len(ch))
	fmt.Printf("%6.2v|%-12v|%+v|% v|%08.3f\n", 1+2i, 1i, 1i, 1i, -1.5+2i)
	println(tc, td, complex64(g1))
	var cp *complex128 = new(complex128)
	*cp = 5
	fmt.Println(*cp, real(*cp))
}

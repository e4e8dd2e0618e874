package main

import (
	"encoding/binary"
	"fmt"
)

// Calls gc's inliner (and minigo's -m) handles beyond plain functions:
// func literals called directly or through a variable, closures copied
// with an inlined body, method expressions, promoted methods, calls in
// package-level initialisers, f(g()) and return g() with several results.

type Op func(int) int

func adder(n int) Op {
	return func(x int) int {
		f := func() int { return x + n }
		return f()
	}
}

func mk(n int) func() int {
	return func() int { return n * 2 }
}

var fromInit = mk(21)()
var direct = func() int { return 4 }()

type T struct{ v int }

func (t T) Get() int { return t.v }

type P struct{ x, y int }

func (p P) Plus(d int) P { return P{p.x + d, p.y + d} }

type Base struct{ Name string }

func (b *Base) Rename(s string) { b.Name = s }
func (b Base) Describe() string { return "base " + b.Name }

type Derived struct {
	Base
	Extra int
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func pass(a, b int) (int, int) { return divmod(a, b) }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func each(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func twice() (Op, Op) { return adder(1), adder(2) }

func newT(v int) *T { return &T{v} }

func main() {
	fmt.Println(fromInit, direct)
	g := func(y int) int { return y + 1 }
	fmt.Println(g(1), func() int { return 7 }())
	s := 0
	each(4, func(i int) { s += i })
	fmt.Println(s)
	n := 0
	func() {
		func() { n += 10 }()
	}()
	fmt.Println(n, adder(5)(5), mk(3)())
	fmt.Println(T.Get(T{8}), P.Plus(P{1, 2}, 8))
	get := T.Get
	fmt.Println(get(T{9}))
	d := Derived{Base{"one"}, 1}
	d.Rename("uno")
	fmt.Println(d.Describe())
	fmt.Println(divmod(17, 5))
	fmt.Println(sum(pass(100, 7)))
	a, b := twice()
	fmt.Println(a(1), b(1))
	t := 0
	for i := 0; i < 3; i++ {
		t += newT(i).Get()
	}
	fmt.Println(t)
	var buf [8]byte
	binary.LittleEndian.PutUint32(buf[:], 0x01020304)
	fmt.Println(binary.BigEndian.Uint32(buf[:]))
	src := []byte{1, 2, 3}
	dst := make([]byte, 2)
	fmt.Println(copy(dst, src), dst)
}

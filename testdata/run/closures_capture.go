// run

package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	fmt.Println(x, get())
	x = 100
	fmt.Println(get())
	// capture of loop variable: in Go 1.19 one variable per loop
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// per-iteration copy
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// range variables are shared too (Go 1.19)
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()
	// capturing a struct and a slice
	type S struct{ n int }
	st := S{1}
	sl := []int{1, 2, 3}
	mod := func() {
		st.n = 42
		sl[0] = 99
		sl = append(sl, 4)
	}
	mod()
	fmt.Println(st, sl)
	// nested closures
	a := 1
	outer := func() func() int {
		b := 10
		return func() int {
			a++
			b++
			return a + b
		}
	}
	f1 := outer()
	f2 := outer()
	fmt.Println(f1(), f1(), f2(), a)
	// immediately-invoked
	res := func(p, q int) int { return p * q }(6, 7)
	fmt.Println(res)
}

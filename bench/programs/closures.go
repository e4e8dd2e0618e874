// bench: default N=50000000, quick N=10000
//
// closures: closure-heavy code: closures capturing variables by reference
// and by value, closures returned from functions, slices of func values,
// function composition and a callback-driven iteration.

package main

import (
	"fmt"
	"os"
	"strconv"
)

type op func(int) int

func adder(k int) op { return func(x int) int { return x + k } }

func multiplier(k int) op { return func(x int) int { return x * k & 0xfffffff } }

func compose(fs ...op) op {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func counter() (func() int, func() int) {
	c := 0
	return func() int { c++; return c }, func() int { return c }
}

func each(n int, f func(i int) bool) {
	for i := 0; i < n; i++ {
		if !f(i) {
			return
		}
	}
}

func main() {
	n := 50000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	pipeline := compose(adder(3), multiplier(7), adder(-1), multiplier(3))
	inc, get := counter()
	var ops []op
	for i := 0; i < 16; i++ {
		i := i
		if i%2 == 0 {
			ops = append(ops, adder(i))
		} else {
			ops = append(ops, func(x int) int { return x ^ i })
		}
	}
	total := 0
	each(n, func(i int) bool {
		v := pipeline(i)
		v = ops[i&15](v)
		if v%3 == 0 {
			inc()
		}
		total = (total + v) & 0xffffffff
		return true
	})
	// closures created in the loop (each allocates when it escapes)
	var keep op
	made := 0
	for i := 0; i < n/4; i++ {
		base := i
		f := func(x int) int { return x + base }
		if i%1000 == 0 {
			keep = f
			made++
		}
		total = (total + f(1)) & 0xffffffff
	}
	fmt.Println("total:", total, "div3:", get(), "made:", made, "keep(0):", keep(0))
}

// run

package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int {
			c++
			return c
		}, func() {
			c = 0
		}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(start int) func(int) int {
	sum := start
	return func(d int) int {
		sum += d
		return sum
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Println("computed", n, "calls", calls)
		return v
	}
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2(), next())
	f := fib()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	a := adder(10)
	fmt.Println(a(1), a(2), a(-13))
	sq := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), sq(4))
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
}

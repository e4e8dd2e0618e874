// run

package main

import "fmt"

type BinOp func(a, b int) int

type Handler func(string) string

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func reduce(xs []int, init int, op BinOp) int {
	acc := init
	for _, x := range xs {
		acc = op(acc, x)
	}
	return acc
}

func add(a, b int) int { return a + b }

func main() {
	ops := map[string]BinOp{
		"add": add,
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, ops[name](7, 3))
	}
	xs := []int{1, 2, 3, 4}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(reduce(xs, 0, add), reduce(xs, 1, ops["mul"]))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
	var h Handler
	fmt.Println(h == nil)
	h = func(s string) string { return "<" + s + ">" }
	fmt.Println(h != nil, h("x"))
	var fnil func()
	fmt.Println(fnil == nil)
	table := []struct {
		name string
		f    func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.f(3))
	}
	fmt.Printf("%T\n", compose)
}

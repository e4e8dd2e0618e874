// run

package main

import "fmt"

var (
	a = c + b // initialized after b and c
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)

var values = []int{a, b, c, d}

var registry = map[string]int{}

var counter int

var greeting = build("hello")

func f(name string, v int) int {
	fmt.Println("init", name)
	counter++
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func build(s string) string {
	fmt.Println("init greeting; counter =", counter)
	return s + ", world"
}

func init() {
	fmt.Println("first init func; a =", a)
	registry["first"] = len(registry)
}

func init() {
	fmt.Println("second init func")
	registry["second"] = len(registry)
}

func main() {
	fmt.Println("main")
	fmt.Println(a, b, c, d, total, values)
	fmt.Println(registry, counter, greeting)
}

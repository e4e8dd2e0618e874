// run

package main

import "fmt"

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func (a Acc) Total() int { return a.total }

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	add := a.Add // bound to pointer a
	add(5)
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	tot := a.Total // receiver copied now (value method via pointer)
	a.Add(100)
	fmt.Println(tot(), a.Total())
	g := Greeter{"Hello"}
	greet := g.Greet // receiver copied at evaluation
	g.greeting = "Bye"
	fmt.Println(greet("Ann"), g.Greet("Bob"))
	fs := []func(string) string{Greeter{"Hi"}.Greet, Greeter{"Yo"}.Greet, g.Greet}
	for _, f := range fs {
		fmt.Println(f("X"))
	}
	var v Acc
	incV := v.Add // &v taken
	incV(7)
	incV(8)
	fmt.Println(v.total)
	m := map[string]func(int){"acc": v.Add}
	m["acc"](1)
	fmt.Println(v.Total())
}

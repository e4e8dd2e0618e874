// run

package main

import "fmt"

type P struct{ x int }

func (p P) Get() int { return p.x }

func (p *P) Set(v int) { p.x = v }

func (p P) Plus(d int) P { return P{p.x + d} }

type I interface{ Get() int }

func main() {
	get := P.Get
	set := (*P).Set
	plus := P.Plus
	getp := (*P).Get
	p := P{1}
	fmt.Println(get(p))
	set(&p, 42)
	fmt.Println(get(p), getp(&p))
	fmt.Println(plus(p, 8).x)
	fmt.Printf("%T\n%T\n%T\n", get, set, plus)
	ops := []func(P) int{P.Get, func(q P) int { return q.x * 2 }}
	for _, op := range ops {
		fmt.Println(op(P{21}))
	}
	ig := I.Get
	fmt.Println(ig(P{5}), ig(&P{6}))
	fmt.Printf("%T\n", ig)
}

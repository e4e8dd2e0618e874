// errorcheck -0 -m -l
// irgen's tmp := id(&x) for a called receiver has no declaration: it stays
// at loop depth 1, so in a loop x outlives it and moves to the heap (y does not).
package main

type P struct{ v int }

func (p *P) M() int { return p.v } // ERROR ": p does not escape$"

func id(p *P) *P { return p } // ERROR ": leaking param: p to result ~r0 level=0$"

func f() int {
	s := 0
	for i := 0; i < 3; i++ {
		x := P{i} // ERROR ": moved to heap: x$"
		s += id(&x).M()
		y := P{i}
		s += id(&y).v
	}
	return s
}

func main() { println(f()) }

// run

package main

import "fmt"

type Celsius float64
type Miles int
type Names []string
type Counts map[string]int
type Op func(int, int) int
type Grid [2][2]byte

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (n Names) Len() int { return len(n) }

func (n *Names) Add(s string) { *n = append(*n, s) }

func (c Counts) Inc(k string) { c[k]++ }

func (o Op) Apply(a, b int) int { return o(a, b) }

func (m Miles) String() string { return fmt.Sprintf("%d mi", int(m)) }

func main() {
	var c Celsius = 100
	fmt.Println(c, c.F(), Celsius(-40).F())
	var n Names
	n.Add("a")
	n.Add("b")
	fmt.Println(n, n.Len(), len(n))
	cs := Counts{}
	cs.Inc("x")
	cs.Inc("x")
	cs.Inc("y")
	fmt.Println(cs["x"], cs["y"], len(cs))
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
	var mul Op = func(a, b int) int { return a * b }
	fmt.Println(mul.Apply(3, 4), mul(5, 6))
	m := Miles(26)
	fmt.Println(m, m+1)
	fmt.Printf("%v %d %s\n", m, m, m)
	var g Grid
	g[1][0] = 'x'
	fmt.Println(g)
	fmt.Printf("%T %T %T %T %T\n", c, n, cs, add, g)
	// conversion between named and underlying types
	plain := []string(n)
	plain[0] = "changed"
	fmt.Println(n[0])
	var i int = int(m)
	fmt.Println(i)
}

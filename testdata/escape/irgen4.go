// errorcheck -0 -m -l
// Function values: chained method calls on called receivers, calls of
// called functions and of map and slice elements, package-level func
// literals, goto loops with defers, nested literals.
package main

import "fmt"

type Op func(int) int

type Calc struct {
	ops  []Op
	last interface{}
}

func (c *Calc) Add(o Op) *Calc { c.ops = append(c.ops, o); return c } // ERROR ": leaking param content: c$" ": leaking param: c to result ~r0 level=0$" ": leaking param: o$"
func (c *Calc) Run(x int) int { // ERROR ": c does not escape$"
	for _, o := range c.ops {
		x = o(x)
	}
	c.last = x // ERROR ": x escapes to heap$"
	return x
}
func (c Calc) Len() int { return len(c.ops) } // ERROR ": c does not escape$"

func mkCalc() *Calc { return &Calc{} } // ERROR ": &Calc\{\} escapes to heap$"

var double = func(x int) int { return 2 * x }
var table = map[string]Op{"d": double, "i": func(x int) int { return x + 1 }} // ERROR ": map\[string\]Op\{\.\.\.\} escapes to heap$" ": func literal escapes to heap$"

func adder(n int) Op {
	return func(x int) int { // ERROR ": func literal escapes to heap$"
		f := func() int { return x + n } // ERROR ": func literal does not escape$"
		return f()
	}
}

func pick(k string) (Op, bool) { // ERROR ": k does not escape$"
	o, ok := table[k]
	return o, ok
}

func twice() (Op, Op) { return double, adder(1) }

func main() {
	c := mkCalc().Add(double).Add(adder(3))
	fmt.Println(c.Run(1), mkCalc().Add(double).Run(2), c.Len(), mkCalc().Len()) // ERROR ": \.\.\. argument does not escape$" ": \(\*Calc\)\.Run\(c, 1\) escapes to heap$" ": \(\*Calc\)\.Run\(\.autotmp_4, 2\) escapes to heap$" ": Calc\.Len\(c\) escapes to heap$" ": Calc\.Len\(\.autotmp_5\) escapes to heap$"
	if o, ok := pick("i"); ok {
		fmt.Println(o(1), table["d"](4)) // ERROR ": \.\.\. argument does not escape$" ": o\(1\) escapes to heap$" `: table\["d"\]\(4\) escapes to heap$`
	}
	f, g := twice()
	fmt.Println(f(g(1))) // ERROR ": \.\.\. argument does not escape$" ": f\(g\(1\)\) escapes to heap$"
	ops := []Op{double, adder(2)} // ERROR ": \[\]Op\{\.\.\.\} does not escape$"
	fmt.Println(ops[1](ops[0](3)), adder(5)(5)) // ERROR ": \.\.\. argument does not escape$" ": ops\[1\]\(ops\[0\]\(3\)\) escapes to heap$" ": \.autotmp_11\(5\) escapes to heap$"
	var h interface{} = c.Run // ERROR ": c\.Run does not escape$"
	fmt.Println(h != nil, c.last) // ERROR ": \.\.\. argument does not escape$" ": h != nil escapes to heap$"
	n := 0
again:
	if n < 2 {
		n++
		v := n
		defer func() { fmt.Println(v) }() // ERROR ": func literal escapes to heap$" ": \.\.\. argument does not escape$" ": v escapes to heap$"
		goto again
	}
	func() { // ERROR ": func literal does not escape$"
		func() { // ERROR ": func literal does not escape$"
			n += 10
		}()
	}()
	fmt.Println(n, fmt.Sprint(twice())) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$" ": fmt\.Sprint\(twice\(\)\) escapes to heap$" ": \.\.\. argument does not escape$"
}

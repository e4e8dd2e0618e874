// errorcheck -0 -m -l
// irgen's temporaries: f(g()), return g(), x, y = g() into other types
// (RewriteMultiValueCall), calls of a called function or on a called
// receiver (RewriteNonNameCall), numbered by the Dcl list.
package main

import "fmt"

type Node struct{ l, r *Node }

func (n *Node) check() int { // ERROR ": n does not escape$"
	if n.l == nil {
		return 1
	}
	return 1 + n.l.check() + n.r.check()
}

func bottomUp(d int) *Node {
	if d <= 0 {
		return &Node{} // ERROR ": &Node\{\} escapes to heap$"
	}
	return &Node{bottomUp(d - 1), bottomUp(d - 1)} // ERROR ": &Node\{\.\.\.\} escapes to heap$"
}

type T struct{ v int }

func (t T) Get() int { return t.v }

func mk(v int) *T { return &T{v} } // ERROR ": &T\{\.\.\.\} escapes to heap$"

type Getter interface{ Get() int }

func getter(v int) Getter { return T{v} } // ERROR ": T\{\.\.\.\} escapes to heap$"

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair(s string) (string, error) { return s, nil } // ERROR ": leaking param: s to result ~r0 level=0$"

func consume(a, b int) int { return a + b }

func chain(n int) func() int {
	return func() int { return n } // ERROR ": func literal escapes to heap$"
}

func compose(fs ...func(int) int) func(int) int { // ERROR ": leaking param: fs$"
	return func(x int) int { // ERROR ": func literal escapes to heap$"
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func inc(x int) int { return x + 1 }

func multi() (int, int) {
	return divmod(17, 5)
}

func tuples() {
	fmt.Println(divmod(17, 5)) // ERROR ": \.\.\. argument does not escape$" ": \.autotmp_0 escapes to heap$" ": \.autotmp_1 escapes to heap$"
	q, r := divmod(9, 2)
	fmt.Println(q, r, consume(divmod(8, 3))) // ERROR ": \.\.\. argument does not escape$" ": q escapes to heap$" ": r escapes to heap$" ": consume\(divmod\(8, 3\)\) escapes to heap$"
	var a, b interface{}
	a, b = divmod(7, 2) // ERROR ": \.autotmp_8 escapes to heap$" ": \.autotmp_9 escapes to heap$"
	var s interface{}
	var err error
	s, err = pair("x") // ERROR ": \.autotmp_12 escapes to heap$"
	fmt.Println(a, b, s, err) // ERROR ": \.\.\. argument does not escape$"
	x, y := multi()
	fmt.Println(x + y) // ERROR ": \.\.\. argument does not escape$" ": x \+ y escapes to heap$"
}

func receivers() {
	fmt.Println(bottomUp(3).check(), mk(2).Get(), getter(3).Get()) // ERROR ": \.\.\. argument does not escape$" ": \(\*Node\)\.check\(\.autotmp_0\) escapes to heap$" ": T\.Get\(\.autotmp_1\) escapes to heap$" ": \.autotmp_2\.Get\(\) escapes to heap$"
	fmt.Println(chain(100)(), compose(inc, inc)(5), compose()(1)) // ERROR ": \.\.\. argument does not escape$" ": \.autotmp_3\(\) escapes to heap$" ": \.autotmp_4\(5\) escapes to heap$" ": \.\.\. argument escapes to heap$" ": \.autotmp_5\(1\) escapes to heap$"
	for i := 0; i < 2; i++ {
		fmt.Println(mk(i).Get()) // ERROR ": \.\.\. argument does not escape$" ": T\.Get\(\.autotmp_7\) escapes to heap$"
	}
	defer chain(1)()
	defer fmt.Println(divmod(1, 1)) // ERROR ": \.autotmp_9 escapes to heap$" ": \.autotmp_10 escapes to heap$" ": \.\.\. argument does not escape$"
}

func main() {
	tuples()
	receivers()
}

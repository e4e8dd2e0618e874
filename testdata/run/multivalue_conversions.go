// run
// A multi-value call whose results are converted on their way: passed to
// interface parameters (f(g())), returned as interfaces (return g()),
// assigned to interface variables (x, y = g(), var x, y I = g()), deferred.
// They go through typecheck's temporaries as the IR records them
// (IrRewrite), converted where escape analysis decided.
package main

import "fmt"

type S struct{ a, b, c int }

func (s S) String() string { return fmt.Sprint(s.a + s.b + s.c) }

func pair(n int) (int, S) { return n, S{n, n + 1, n + 2} }

func show(a, b interface{}) string { return fmt.Sprint(a, " ", b) }

func keep(a, b interface{}) { kept = append(kept, a, b) }

var kept []interface{}

func ret(n int) (interface{}, fmt.Stringer) { return pair(n) }

func main() {
	fmt.Println(show(pair(1)))
	keep(pair(2))
	a, b := ret(3)
	fmt.Println(a, b, b.String())
	var x interface{}
	var y fmt.Stringer
	x, y = pair(4)
	fmt.Println(x, y)
	func() {
		defer func() { fmt.Println("deferred", kept[2], kept[3]) }()
		defer keep(pair(5))
	}()
	fmt.Println(kept[0], kept[1])
	var p, q interface{} = pair(6)
	fmt.Println(p, q)
}

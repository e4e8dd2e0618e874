// errorcheck -0 -m -l
// Conversion positions in returns, literals (keyed, unkeyed, nested),
// closures, switches, map stores and assignments.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Box struct {
	v interface{}
	w interface{}
}

type E struct{ msg string }

func (e E) Error() string { return e.msg } // ERROR ": leaking param: e to result ~r0 level=0$"

var sink interface{}
var gerr error

func two(a, b interface{}) {} // ERROR ": a does not escape$" ": b does not escape$"

func r3(n int, s string) (interface{}, interface{}, error) { // ERROR ": leaking param: s$"
	if n > 0 {
		return n, "x", E{s} // ERROR ": n escapes to heap$" `: "x" escapes to heap$` ": E\{\.\.\.\} escapes to heap$"
	}
	if n < 0 {
		return 1, s, nil // ERROR ": 1 escapes to heap$" ": s escapes to heap$"
	}
	return s, n + 1, errors.New(s) // ERROR ": s escapes to heap$" ": n \+ 1 escapes to heap$"
}

func lits(n int, s string, f func()) { // ERROR ": leaking param: s$" ": leaking param: f$"
	a := []interface{}{n, s, 1, "x", f, nil, E{s}} // ERROR ": \[\]interface \{\}\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$" ": 1 escapes to heap$" `: "x" escapes to heap$` ": E\{\.\.\.\} escapes to heap$"
	b := Box{n, s} // ERROR ": n escapes to heap$" ": s escapes to heap$"
	c := Box{v: n, w: 2} // ERROR ": n escapes to heap$" ": 2 escapes to heap$"
	d := map[string]interface{}{"a": n, s: 3} // ERROR ": map\[string\]interface \{\}\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": 3 escapes to heap$"
	e := [...]interface{}{0: n, 2: s} // ERROR ": n escapes to heap$" ": s escapes to heap$"
	g := []Box{{n, s}, {v: 1}} // ERROR ": \[\]Box\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$" ": 1 escapes to heap$"
	sink = a // ERROR ": a escapes to heap$"
	sink = b // ERROR ": b escapes to heap$"
	sink = c // ERROR ": c escapes to heap$"
	sink = d
	sink = e // ERROR ": e escapes to heap$"
	sink = g // ERROR ": g escapes to heap$"
}

func closures(n int) func() interface{} {
	x := func() interface{} { return n } // ERROR ": func literal escapes to heap$" ": n escapes to heap$"
	sink = 5 // ERROR ": 5 escapes to heap$"
	y := func() { // ERROR ": func literal does not escape$"
		sink = n // ERROR ": n escapes to heap$"
	}
	y()
	two(func() int { return 1 }(), n) // ERROR ": \(func literal\)\(\) does not escape$" ": func literal does not escape$" ": n does not escape$"
	return x
}

func misc(n int, s string, m map[interface{}]interface{}) { // ERROR ": leaking param: s$" ": m does not escape$"
	sink = strconv.Itoa(n) // ERROR ": strconv\.Itoa\(n\) escapes to heap$"
	gerr = fmt.Errorf("e %d", n) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$"
	m[n] = s // ERROR ": n escapes to heap$" ": s escapes to heap$"
	m["k"] = 1 // ERROR `: "k" escapes to heap$` ": 1 escapes to heap$"
	var i interface{}
	i = n // ERROR ": n escapes to heap$"
	i, sink = s, n // ERROR ": s escapes to heap$" ": n escapes to heap$"
	two(i, sink)
	switch v := i.(type) {
	case int:
		sink = v // ERROR ": v escapes to heap$"
	case string, nil:
		sink = v
	}
	if x := n * 2; x > 3 {
		sink = x // ERROR ": x escapes to heap$"
	}
	for k, v := range []int{1, 2} { // ERROR ": \[\]int\{\.\.\.\} does not escape$"
		two(k, v) // ERROR ": k does not escape$" ": v does not escape$"
	}
	p := &n
	sink = *p // ERROR ": \*p escapes to heap$"
	arr := [3]int{1, 2, 3}
	sink = arr[n%3] // ERROR ": arr\[n % 3\] escapes to heap$"
	sink = arr // ERROR ": arr escapes to heap$"
	var e error = E{s} // ERROR ": E\{\.\.\.\} escapes to heap$"
	sink = e
	fmt.Println(e == E{"x"}, i == n, len(s) > 0) // ERROR ": \.\.\. argument does not escape$" ": e == E\{\.\.\.\} escapes to heap$" ": i == n escapes to heap$" ": len\(s\) > 0 escapes to heap$"
}

func main() {
	r3(1, "a")
	lits(1, "a", nil)
	closures(1)()
	misc(1, "s", nil)
}

// Package-level values gc's staticinit makes static data even when some
// elements need code (&T{m: make(...)}, slices of *T, arrays, structs),
// and var _ = x without side effects, which gc drops.
package main

import "fmt"

type C struct {
	m map[string]int
	n int
	f func()
	s []int
}

var c = &C{m: make(map[string]int), n: 3}
var d = &C{n: len(c.m) + 5, f: func() { fmt.Println("f") }}
var e = []*C{{n: 1}, {m: map[string]int{"a": 1}, s: []int{len(c.m), 2}}}
var arr = [2]C{{n: 7, m: map[string]int{}}, {n: 8}}
var st = C{n: 9, s: make([]int, 3)}
var _ = &C{m: make(map[string]int)}

func main() {
	c.m["x"] = 1
	fmt.Println(c.n, len(c.m), d.n, len(e), e[0].n, e[1].m["a"], e[1].s[0], e[1].s[1], arr[0].n, arr[1].n, len(arr[0].m), len(st.s), st.n)
	d.f()
}

var _ = make(map[string]int)
var _ = &C{m: map[string]int{}}
var _ = []int{1, len(make([]int, 2))}

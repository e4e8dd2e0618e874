package main

import "fmt"

// In a tuple assignment the targets' operands are evaluated first, but each
// nil or bounds check happens with its own store, left to right: the
// stores before a faulting target are done when it panics.

type P struct{ i int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "panic:", recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("deref", func() { m[1], *p = 10, 2 })
	s := []int{}
	try("index", func() { m[2], s[1] = 20, 2 })
	var q *P
	try("field", func() { m[3], q.i = 30, 2 })
	var a [4][]int
	k := 3
	try("array of slices", func() { m[4], a[k][k] = 40, 2 })
	fmt.Println(len(m), m[1], m[2], m[3], m[4])

	x := P{}
	r := &x
	r, r.i = new(P), 4
	fmt.Println(x.i, r.i)

	t := []int{1, 2, 3}
	i := 0
	i, t[i] = 2, 9
	fmt.Println(i, t)

	var nm map[int]int
	var v int
	pv := &v
	try("nil map", func() { *pv, nm[2] = 5, 2 })
	fmt.Println(v)
}

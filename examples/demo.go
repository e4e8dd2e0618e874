// demo.go - the example `make demo` compiles with -m and runs: each line
// below draws one of escape analysis's verdicts.
package main

import "fmt"

type point struct{ x, y int }

// p outlives the call, so it moves to the heap.
func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

// xs is only read: it does not escape.
func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	local := make([]int, 8) // constant size, does not escape: stack
	for i := range local {
		local[i] = i
	}
	lit := []int{1, 2, 3}         // literal, does not escape: stack
	m := make(map[string]int, 10) // hint 10 gives B = 1: two buckets
	m["a"] = 1
	ages := map[string]int{"ann": 31, "bob": 42}
	p := newPoint(1, 2)
	fmt.Println(sum(local), sum(lit), len(m), ages["bob"], p.x+p.y)
}

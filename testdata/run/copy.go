// run

package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// overlapping copy (memmove semantics)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	// copy from a string into []byte
	b := make([]byte, 4)
	n = copy(b, "hello")
	fmt.Println(n, string(b))
	n = copy(b[2:], "XY")
	fmt.Println(n, string(b))
	// copy with nil / empty
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS), copy(dst[:0], src))
	// copy between arrays via slices
	var a1 [5]string
	a2 := [3]string{"x", "y", "z"}
	copy(a1[1:], a2[:])
	fmt.Println(a1, len(a1))
	// struct elements
	type P struct{ X, Y int }
	ps := []P{{1, 2}, {3, 4}}
	qs := make([]P, 2)
	copy(qs, ps)
	qs[0].X = 100
	fmt.Println(ps, qs)
	// duplicate a slice
	dup := make([]int, len(src))
	copy(dup, src)
	dup[0] = 42
	fmt.Println(src, dup)
	// copy to itself
	fmt.Println(copy(src, src), src)
}

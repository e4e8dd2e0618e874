// run

package main

import "fmt"

func main() {
	a := append([]int{}, 1, 2, 3)
	fmt.Println(a, len(a), cap(a))
	a = append(a, 4, 5, 6, 7, 8, 9, 10)
	fmt.Println(a, len(a), cap(a))
	b := make([]int, 5)
	b = append(b, 1, 2, 3, 4, 5, 6)
	fmt.Println(len(b), cap(b))
	c := make([]int, 256)
	c = append(c, 1)
	fmt.Println(len(c), cap(c))
	d := make([]int, 300)
	d = append(d, 1)
	fmt.Println(len(d), cap(d))
	// append slice to slice with ...
	x := []int{1, 2}
	y := []int{3, 4, 5}
	z := append(x, y...)
	fmt.Println(z, len(z), cap(z))
	z = append(z, z...)
	fmt.Println(z, len(z), cap(z))
	// append a string to []byte
	bs := append([]byte("ab"), "cdef"...)
	fmt.Println(string(bs), len(bs))
	// append nothing
	var n []int
	n = append(n)
	fmt.Println(n == nil, len(n))
	n = append(n, []int{}...)
	fmt.Println(n == nil, len(n))
	// append to a sub-slice overwrites the backing array when cap allows
	base := []int{0, 1, 2, 3, 4, 5}
	sub := base[:2]
	sub = append(sub, 100, 101)
	fmt.Println(base, sub)
	sub = append(sub, 7, 8, 9)
	sub[0] = -1
	fmt.Println(base, sub)
	// append with growth from a zero-cap non-nil slice
	e := []string{}
	e = append(e, "a", "b", "c", "d", "e")
	fmt.Println(e, len(e), cap(e))
	// appending to itself in a loop doubles
	w := []int{1}
	for i := 0; i < 5; i++ {
		w = append(w, w...)
	}
	fmt.Println(len(w), cap(w))
}

// run

package main

import "fmt"

func modify(s []int) {
	for i := range s {
		s[i] *= 10
	}
}

func grow(s []int) []int {
	s = append(s, 999)
	s[0] = -1
	return s
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:4]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	modify(a[3:])
	fmt.Println(a)
	c := b[1:cap(b)]
	fmt.Println(c)
	full := []int{1, 2, 3}
	g := grow(full)
	fmt.Println(full, g)
	roomy := make([]int, 3, 10)
	g2 := grow(roomy)
	fmt.Println(roomy, g2, roomy[:4])
	var arr [4]string
	sl := arr[:]
	sl[2] = "x"
	fmt.Println(arr, len(sl))
	// reslicing extends up to cap
	d := a[:0]
	fmt.Println(len(d), cap(d), d[:5])
	// two-dimensional shared rows
	grid := make([][]int, 3)
	row := []int{0, 0, 0}
	for i := range grid {
		grid[i] = row
	}
	grid[0][1] = 7
	fmt.Println(grid)
	// filtering in place
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	out := nums[:0]
	for _, n := range nums {
		if n%3 != 0 {
			out = append(out, n)
		}
	}
	fmt.Println(out, nums)
	// reverse in place
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	fmt.Println(out)
}

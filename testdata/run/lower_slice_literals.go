// run

// Slice literals big enough (over 256 bytes) to start as a copy of a
// read-only static, on the stack and on the heap, with dynamic elements
// stored on top; and the small, sparse and variadic cases.

package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

var keep [][]int

func total(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func local(i, x int) int {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, x}
	s[0] += 1000 // the copy is writable; the static is not touched
	return s[i] + s[0]
}

func escaping(x int) []int {
	return []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, x}
}

func names(a string) []string {
	return []string{"s00", "s01", "s02", "s03", "s04", "s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12", "s13", "s14", "s15", "s16", a}
}

func points(y int, n string) []P {
	return []P{{0, 0, "c"}, {1, y, n}, {2, 4, "c"}, {3, y, n}, {4, 16, "c"}, {5, y, n}, {6, 36, "c"}, {7, y, n}, {8, 64, "c"}, {9, y, n}, {10, 100, "c"}, {11, y, n}, {12, 144, "c"}, {13, y, n}, {14, 196, "c"}, {15, y, n}, {16, 256, "c"}, {17, y, n}, {18, 324, "c"}, {19, y, n}}
}

func nested(x int) [][]int {
	return [][]int{{1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}, {1, 2, x}}
}

func main() {
	fmt.Println(local(39, 7), local(0, 7), local(20, 7))
	for i := 0; i < 3; i++ {
		s := escaping(i)
		s[1] = -s[1]
		keep = append(keep, s)
	}
	for _, s := range keep {
		fmt.Println(len(s), s[0], s[1], s[2], s[38], s[39])
	}
	fmt.Println(names("z"))
	ps := points(9, "dyn")
	fmt.Println(len(ps), ps[0], ps[19], ps[10].Name)
	ns := nested(5)
	fmt.Println(len(ns), ns[0], ns[len(ns)-1])
	sparse := []int{100: 1, 200: 2}
	fmt.Println(len(sparse), sparse[100]+sparse[200], sparse[150])
	fmt.Println(total(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32), total(1, 2, 3))
	var bs = []bool{true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false, true, false, false}
	c := 0
	for _, b := range bs {
		if b {
			c++
		}
	}
	fmt.Println(len(bs), c)
	fs := []float64{0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5, 15.5, 16.5, 17.5, 18.5, 19.5, 20.5, 21.5, 22.5, 23.5, 24.5, 25.5, 26.5, 27.5, 28.5, 29.5, 30.5, 31.5, -0.25}
	fmt.Println(fs[0], fs[31], fs[32])
}

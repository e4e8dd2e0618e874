// errorcheck -l

// gc measures frames after SSA, whose dead-code pass drops a slice
// literal nothing reads: assigned only to unread variables or to _, or
// asked only its length.  None of these frames is too large for gc.
package main

func a() {
	x := [][]int{1e9: []int{}}
	_ = x
}

func b() {
	x := [][]int{1e9: []int{}}
	y := x
	_ = y
}

func c() int {
	x := [][]int{1e9: []int{}}
	return len(x)
}

func d() {
	var x = [][]int{1e9: []int{}}
	var y [][]int
	y = x
	_ = y
}

func main() { a(); b(); println(c()); d() }

// errorcheck

// minigo golden test: a full slice expression not closed after its third index

package main

func main() {
	s := []int{1, 2, 3}
	_ = s[0:1:2, 3] // ERROR "unexpected comma, expecting \]"
}

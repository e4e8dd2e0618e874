// errorcheck

// minigo golden test: one error per line, all reported

package main

func main() {
	x := 1 2 // ERROR "unexpected literal 2 at end of statement"
	_ = x
}

func g() {
	y := []int{1 2} // ERROR "in composite literal"
	_ = y
}

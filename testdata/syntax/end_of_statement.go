// errorcheck

// minigo golden test: two expressions in a row

package main

func main() {
	x := 1
	y := x x // ERROR "syntax error: unexpected x at end of statement"
	_ = y
}

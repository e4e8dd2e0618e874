// errorcheck

// minigo golden test: a literal after a complete statement

package main

func main() {
	x := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	_ = x
}

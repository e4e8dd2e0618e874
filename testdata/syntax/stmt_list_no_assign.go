// errorcheck

// minigo golden test: a list of expressions that is not assigned

package main

func main() {
	a, b := 1, 2
	a, b 3, 4 // ERROR "syntax error: unexpected literal 3, expecting := or = or comma"
	_, _ = a, b
}

// errorcheck

// minigo golden test: a doubled '=' wants an expression

package main

func main() {
	x := 1
	x = = 2 // ERROR "syntax error: unexpected =, expecting expression"
	_ = x
}

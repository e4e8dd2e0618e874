// errorcheck

// minigo golden test: a const group whose spec does not start with a name

package main

const (
	A = iota
	= 2 // ERROR "syntax error: unexpected =, expecting name"
	B
)

func main() {}

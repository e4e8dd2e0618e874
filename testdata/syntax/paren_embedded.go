// errorcheck

// minigo golden test: a parenthesized embedded field

package main

type T struct{}

type S struct {
	(T) // ERROR "syntax error: cannot parenthesize embedded type"
}

func main() {}

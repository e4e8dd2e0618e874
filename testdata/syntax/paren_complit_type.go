// errorcheck

// minigo golden test: a parenthesized composite literal type

package main

type T struct{}

func main() {
	_ = (T){} // ERROR "syntax error: cannot parenthesize type in composite literal"
}

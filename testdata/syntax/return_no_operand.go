// errorcheck

// minigo golden test: a keyword that takes an expression, followed by none

package main

func f() int {
	return ] // ERROR "unexpected \], expecting expression"
}

func main() {}

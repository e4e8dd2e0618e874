// errorcheck

// minigo golden test: T{} in an if header is the body, as in gc

package main

type T struct{}

func main() {
	var x T
	if x == T{} { // ERROR "syntax error: unexpected [{] at end of statement"
	}
} // ERROR "non-declaration statement outside function body"

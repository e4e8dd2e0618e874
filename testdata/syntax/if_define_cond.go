// errorcheck

// minigo golden test: a short variable declaration as a condition

package main

func main() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
}

// errorcheck

// minigo golden test: := in a var declaration

package main

func main() {
	var x := 1 // ERROR "unexpected :=, expecting ="
	_ = x
}

// errorcheck

// minigo golden test: := after the type of a var declaration

package main

func main() {
	var b byte := 1 // ERROR "unexpected :=, expecting ="
	_ = b
}

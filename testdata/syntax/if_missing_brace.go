// errorcheck

// minigo golden test: something between the condition and the body

package main

func main() {
	x := true
	if x y { // ERROR "syntax error: unexpected y, expecting [{]"
	}
}

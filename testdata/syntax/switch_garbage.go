// errorcheck

// minigo golden test: a statement directly in a switch body

package main

func main() {
	x := 1
	switch x {
	x++: // ERROR "syntax error: unexpected x, expecting case or default or [}]"
	}
}

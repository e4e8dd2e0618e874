// errorcheck

// minigo golden test: a statement followed by a case on the same line

package main

func f() {}

func main() {
	switch {
	case true: f() case false: // ERROR "syntax error: unexpected case at end of statement"
	}
}

// errorcheck

// minigo golden test: a label at the end of a case

package main

func main() {
	switch {
	case true:
	L: // ERROR "syntax error: missing statement after label"
	default:
	}
}

// errorcheck

// minigo golden test: a raw string left open runs to the end of the file;
// gc type-checks what comes before it

package main

func main() {
	y := 2 // ERROR "y declared but not used"
	s := `abc // ERROR "string not terminated"

func g() {}

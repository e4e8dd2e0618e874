// errorcheck

// minigo golden test: the scanner's errors are not syntax errors, so gc
// goes on to type-check the file.  A malformed literal is an invalid
// operand that draws nothing more (types2 skips a BasicLit marked bad);
// the other errors of the file are reported with it.

package main

func main() {
	var y string = 0x // ERROR "hexadecimal literal has no digits"
	var z int = "\q" // ERROR "unknown escape"
	var w int = 1e // ERROR "exponent has no digits"
	_, _, _ = y, z, w
	q := 1 // ERROR "q declared but not used"
	var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	_ = s
	_ = 'ab' // ERROR "more than one character in rune literal"
}

// errorcheck -0 -m -l
package main

// String conversions and concatenations: a result that does not escape
// may use a 32-byte buffer on the stack; gc reports the verdict either way.

var gs string
var gb []byte
var gr []rune

func small() int {
	b := []byte("0123456789012345678901234567890") // ERROR `\(\[\]byte\)\("0123456789012345678901234567890"\) does not escape$`
	return len(b)
}

func exactly32() int {
	b := []byte("01234567890123456789012345678901") // ERROR `\(\[\]byte\)\("01234567890123456789012345678901"\) does not escape$`
	return len(b)
}

func larger() int {
	b := []byte("0123456789012345678901234567890123") // ERROR `\(\[\]byte\)\("0123456789012345678901234567890123"\) does not escape$`
	return len(b)
}

func fromVar(s string) int { // ERROR `s does not escape$`
	b := []byte(s) // ERROR `\(\[\]byte\)\(s\) does not escape$`
	r := []rune(s) // ERROR `\(\[\]rune\)\(s\) does not escape$`
	return len(b) + len(r)
}

func escaping(s string) { // ERROR `s does not escape$`
	gb = []byte(s) // ERROR `\(\[\]byte\)\(s\) escapes to heap$`
	gr = []rune(s) // ERROR `\(\[\]rune\)\(s\) escapes to heap$`
}

func toString(b []byte, r []rune) { // ERROR `b does not escape$` `r does not escape$`
	gs = string(b) // ERROR `string\(b\) escapes to heap$`
	gs = string(r) // ERROR `string\(r\) escapes to heap$`
	_ = string(b) == "x" // ERROR `string\(b\) does not escape$`
}

func concat(a, b string) string { // ERROR `a does not escape$` `b does not escape$`
	c := a + b // ERROR `a \+ b escapes to heap$`
	if len(c) > 3 {
		return c
	}
	d := a + "-" + b // ERROR `a \+ "-" \+ b escapes to heap$`
	return d[:1]
}

func concatLocal(a, b string) int { // ERROR `a does not escape$` `b does not escape$`
	c := a + b + a // ERROR `a \+ b \+ a does not escape$`
	return len(c)
}

func bytesToString(b []byte) int { // ERROR `b does not escape$`
	m := map[string]int{} // ERROR `map\[string\]int\{\} does not escape$`
	return m[string(b)] // ERROR `string\(b\) does not escape$`
}

func runeString(r rune) string {
	return string(r) // ERROR `string\(r\) escapes to heap$`
}

func runeLocal(r rune) int {
	s := string(r) // ERROR `string\(r\) does not escape$`
	return len(s)
}

func main() {
	small()
	exactly32()
	larger()
	fromVar("x")
	escaping("x")
	toString(nil, nil)
	concat("a", "b")
	concatLocal("a", "b")
	bytesToString(nil)
	runeString('x')
	runeLocal('x')
}

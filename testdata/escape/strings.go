// errorcheck -0 -m -l
package main

var gs string
var gb []byte

func strs(x, y string, b []byte, r []rune) int { // ERROR ": x does not escape$" ": y does not escape$" ": b does not escape$" ": r does not escape$"
	s1 := x + y // ERROR ": x \+ y does not escape$"
	gs = x + y + "!" // ERROR `: x \+ y \+ "!" escapes to heap$`
	s2 := string(b) // ERROR ": string\(b\) does not escape$"
	gs = string(b) // ERROR ": string\(b\) escapes to heap$"
	b2 := []byte(x) // ERROR ": \(\[\]byte\)\(x\) does not escape$"
	gb = []byte(y) // ERROR ": \(\[\]byte\)\(y\) escapes to heap$"
	b3 := []byte("const") // ERROR `: \(\[\]byte\)\("const"\) does not escape$`
	s3 := string(r) // ERROR ": string\(r\) does not escape$"
	r2 := []rune(x) // ERROR ": \(\[\]rune\)\(x\) does not escape$"
	s4 := string(rune(65))
	return len(s1) + len(s2) + len(b2) + len(b3) + len(s3) + len(r2) + len(s4)
}

func substr(s string) string { // ERROR ": leaking param: s to result ~r0 level=0$"
	return s[1:3]
}

func main() {
	_ = strs("a", "b", nil, nil)
	_ = substr("hello")
}

// errorcheck

// minigo golden test: an if/for/switch header not followed by its '{':
// gc skips to the next name, '}' or statement keyword (its body), the '{'
// included, and later errors are still reported

package main

func f(x, y int) {
	if x > 0; y > 0 // ERROR "unexpected newline, expecting { after if clause"
	{
		x++
	}
	for i := 0; i < 3; i++) { // ERROR "unexpected \), expecting { after for clause"
		y++
	}
	switch x; y // ERROR "missing { after switch clause"
	{
	}
	z := 1 2 // ERROR "unexpected literal 2 at end of statement"
}

func g() {
	if true) { // ERROR "unexpected \), expecting [{]"
	}
	for n := 0 ] { // ERROR "unexpected ], expecting [{]"
		n++
	}
	switch 1) { // ERROR "unexpected \), expecting [{]"
	case 1:
	}
	var v int = ] // ERROR "unexpected ], expecting expression"
}

func main() {}

// errorcheck

// minigo golden test: a for header with an init statement and its ';' but
// neither condition nor post statement; the body is still the loop's

package main

func main() {
	i := 0
	for i = 1; { // ERROR "unexpected {, expecting for loop condition"
		i++
	}
	for ; { // ERROR "unexpected {, expecting for loop condition"
		i--
	}
	for i++
	{ // ERROR "unexpected {, expecting for loop condition"
		i = 0
	}
	_ = i
}

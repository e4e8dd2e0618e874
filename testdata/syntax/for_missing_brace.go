// errorcheck

// minigo golden test: something after the post statement

package main

func main() {
	for i := 0; i < 3; i++ x { // ERROR "syntax error: unexpected x, expecting [{] after for clause"
	}
}

// errorcheck

// minigo golden test: two arguments without a comma

package main

func f(a, b int) {}

func main() {
	a, b := 1, 2
	f(a b) // ERROR "syntax error: unexpected b in argument list; possibly missing comma or \\)"
}

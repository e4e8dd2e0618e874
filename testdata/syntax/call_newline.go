// errorcheck

// minigo golden test: a newline inside an argument list

package main

func f(a, b int) {}

func main() {
	f(1,
		2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \\)"
	)
}

// errorcheck

// minigo golden test: a newline where a comma is needed in a literal

package main

func main() {
	x := []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or [}]"
	}
	_ = x
}

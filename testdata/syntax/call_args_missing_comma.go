// errorcheck

// minigo golden test: two operands without a comma in an argument list,
// the first a type that could start a composite literal

package main

func main() {
	_ = make([]int n, 1) // ERROR "unexpected n in argument list; possibly missing comma or \)"
}

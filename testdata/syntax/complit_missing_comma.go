// errorcheck

// minigo golden test: two elements without a comma

package main

func main() {
	x := []int{1 2} // ERROR "syntax error: unexpected literal 2 in composite literal; possibly missing comma or [}]"
	_ = x
}

// errorcheck

// minigo golden test: an index expression with nothing between the brackets

package main

func main() {
	s := []int{1}
	_ = s[] // ERROR "unexpected \], expecting operand"
}

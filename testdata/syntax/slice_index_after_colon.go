// errorcheck

// minigo golden test: a slice expression with a keyword where an index goes

package main

func main() {
	s := []int{1}
	_ = s[0:if] // ERROR "unexpected if, expecting expression"
}

// errorcheck

// minigo golden test: a slice expression not closed after its second index

package main

func main() {
	s := []int{1, 2}
	_ = s[0:1) // ERROR "unexpected \), expecting \]"
}

// errorcheck

// minigo golden test: 3-index slice without the middle index

package main

func main() {
	var a [4]int
	_ = a[1::3] // ERROR "middle index required in 3-index slice"
}

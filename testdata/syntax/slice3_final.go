// errorcheck

// minigo golden test: 3-index slice without the final index

package main

func main() {
	var a [4]int
	_ = a[1:2:] // ERROR "final index required in 3-index slice"
}

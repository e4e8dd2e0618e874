// errorcheck

// minigo golden test: a radix point in a binary literal

package main

var x = 0b1.0 // ERROR "invalid radix point in binary literal"

func main() {}

// errorcheck

// minigo golden test: 2 in a binary literal

package main

var x = 0b102 // ERROR "invalid digit '2' in binary literal"

func main() {}

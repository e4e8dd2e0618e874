// errorcheck

// minigo golden test: 8 in an octal literal

package main

var x = 0128 // ERROR "invalid digit '8' in octal literal"

func main() {}

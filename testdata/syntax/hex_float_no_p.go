// errorcheck

// minigo golden test: a hexadecimal float without p exponent

package main

var x = 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"

func main() {}

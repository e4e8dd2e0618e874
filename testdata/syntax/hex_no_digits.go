// errorcheck

// minigo golden test: 0x alone

package main

var x = 0x // ERROR "hexadecimal literal has no digits"

func main() {}

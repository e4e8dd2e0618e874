// errorcheck

// minigo golden test: an octal escape above 255

package main

var s = "\400" // ERROR "octal escape value 256 > 255"

func main() {}

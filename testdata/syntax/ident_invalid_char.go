// errorcheck

// minigo golden test: a non-letter inside an identifier

package main

var a·b = 1 // ERROR "invalid character U\\+00B7 '·' in identifier"

func main() {}

// errorcheck

// minigo golden test: an exponent without digits

package main

var x = 1e+ // ERROR "exponent has no digits"

func main() {}

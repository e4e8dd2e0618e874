// errorcheck

// minigo golden test: garbage after a declaration

package main

var x = 1 y // ERROR "syntax error: unexpected y after top level declaration"

func main() {}

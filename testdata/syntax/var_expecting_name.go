// errorcheck

// minigo golden test: var followed by a literal

package main

var 1 = 2 // ERROR "syntax error: unexpected literal 1, expecting name"

func main() {}

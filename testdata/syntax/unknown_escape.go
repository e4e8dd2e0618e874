// errorcheck

// minigo golden test: an unknown escape

package main

var s = "a\qb" // ERROR "unknown escape"

func main() {}

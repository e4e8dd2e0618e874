// errorcheck

// minigo golden test: two characters in a rune literal

package main

var r = 'ab' // ERROR "more than one character in rune literal"

func main() {}

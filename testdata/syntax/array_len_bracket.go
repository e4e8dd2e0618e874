// errorcheck

// minigo golden test: an array type whose length is not followed by "]"

package main

var a [2 int // ERROR "unexpected int, expecting \]"

func main() {}

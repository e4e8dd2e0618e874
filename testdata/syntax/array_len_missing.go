// errorcheck

// minigo golden test: an array type with nothing where its length goes

package main

var a [{]int // ERROR "unexpected [{], expecting expression"

func main() {}

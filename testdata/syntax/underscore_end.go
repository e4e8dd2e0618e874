// errorcheck

// minigo golden test: a trailing separator

package main

var x = 10_ // ERROR "'_' must separate successive digits"

func main() {}

// errorcheck

// minigo golden test: a misplaced separator

package main

var x = 1__0 // ERROR "'_' must separate successive digits"

func main() {}

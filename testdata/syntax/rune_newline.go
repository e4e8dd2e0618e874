// errorcheck

// minigo golden test: a rune literal cut by a newline

package main

var r = 'a // ERROR `newline in rune literal`

func main() {}

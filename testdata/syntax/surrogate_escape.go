// errorcheck

// minigo golden test: a surrogate in a unicode escape

package main

var r = '\ud800' // ERROR "escape is invalid Unicode code point U\\+D800"

func main() {}

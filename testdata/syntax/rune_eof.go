// errorcheck

// minigo golden test: a rune literal at the end of the file

package main

var r = 'a // ERROR `rune literal not terminated`
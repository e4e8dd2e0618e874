// errorcheck

// minigo golden test: the end of the file inside an argument list

package main

var x = f(1, // ERROR "unexpected EOF, expecting \)"
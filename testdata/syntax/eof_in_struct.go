// errorcheck

// minigo golden test: the end of the file inside a struct type

package main

type S struct { // ERROR "unexpected EOF, expecting [}]"
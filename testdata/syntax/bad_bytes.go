// errorcheck

// minigo golden test: invalid UTF-8 and a BOM in the middle (at the end of
// comments, as gc reports them wherever they are; NUL bytes are covered by
// tests/check_lexer.c and testdata/fuzz, the test driver reads C strings)

package main

var b = 2 // ERROR "invalid UTF-8 encoding" ÿ
var c = 3 // ERROR "invalid BOM in the middle of the file" ï»¿

func main() {}

// errorcheck

// minigo golden test: a stray token before the first declaration; gc
// skips to the next declaration keyword and parses on (so the directive
// goes to f, and the later error is reported too)

package main

import "fmt"

//go:noinline
, ( // ERROR "non-declaration statement outside function body"
	a int
)

func f() int { return 1 }

var x = ) // ERROR "unexpected \), expecting expression"

func main() { fmt.Println(f()) }

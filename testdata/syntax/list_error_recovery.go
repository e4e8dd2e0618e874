// errorcheck

// minigo golden test: an error in an interface's method list or in a
// parameter list skips to a closing bracket, and the declarations after
// it are read as usual

package main

type I interface {
	m, n() // ERROR "unexpected comma in interface type"
	k()
}

type J interface {
	p I // ERROR "unexpected I in interface type"
}

func f(a int // ERROR "unexpected newline in parameter list"
)

func g(a int; b int) {} // ERROR "unexpected semicolon in parameter list"

var w = ] // ERROR "unexpected ], expecting expression"

func main() {}

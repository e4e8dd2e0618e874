// errorcheck

// minigo golden test: the file ends inside a call inside a function after
// an error of the scanner; gc keeps the tree it has and type-checks it

package main

import "fmt"

func f() {
	x := 1 // ERROR "x declared but not used"
	s := 0x // ERROR "hexadecimal literal has no digits"
	fmt.Println(s, undefined, // ERROR "undefined: undefined"

// errorcheck

// minigo golden test: redeclarations, each with types2's second line
// "other declaration of x" (which errorcheck does not look at; see
// tests/check_pragma.c); a redeclared import is also reported unused

package main

import "fmt"
import "fmt" // ERROR "fmt redeclared in this block" "imported and not used: \"fmt\""

var a int
var a int // ERROR "a redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	_ = x
	fmt.Println()
}

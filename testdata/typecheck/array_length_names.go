// errorcheck

// minigo golden test: an array length that is a name but not a constant
// gets types2's wording (the name is looked up, not used: v below stays
// unused), and a variable whose type is invalid draws no "declared but not
// used"

package main

var a [n]int // ERROR "undeclared name n for array length"
var b [string]int // ERROR "invalid array length string"

func main() {
	v := 3 // ERROR "v declared but not used"
	var c [v]int // ERROR "invalid array length v"
	var mm [string]int // ERROR "invalid array length string"
}

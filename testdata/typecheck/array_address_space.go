// errorcheck

package main

// Arrays of 2^50 bytes or more do not fit amd64's address space; gc says
// so when it lays out the declared variables' types.
type Page [1 << 49]byte // fits: 2^49 bytes

var h [1 << 47]int64 // ERROR "type \[140737488355328\]int64 larger than address space"
var p *[1 << 52]byte // ERROR "type \[4503599627370496\]byte larger than address space"

func main() {
	var local [1 << 48][4]byte // ERROR "type \[281474976710656\]\[4\]byte larger than address space"
	_, _, _ = h, p, local
	var pg *Page
	_ = pg
}

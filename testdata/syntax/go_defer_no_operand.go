// errorcheck

// minigo golden test: defer without an operand is a syntax error, and the
// missing expression is not a call either (gc reports both); a func
// without its '(' skips one token and reads on

package main

func f() {
	defer } // ERROR "unexpected [}], expecting expression" "expression in defer must be function call"

func g() {
	x := func y) {} // ERROR "unexpected y, expecting [(]"
	_ = x
}

var v = ] // ERROR "unexpected ], expecting expression"

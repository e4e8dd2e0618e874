// errorcheck

// minigo golden test: gc's parser reports these errors without the
// "syntax error" prefix and mends the tree (a bad index, a call around a
// deferred non-call), so the type check still runs and reports what it
// finds in the mended tree; a third range variable is the checker's error.

package main

type T int

func () m() {} // ERROR "method has no receiver"

func main() {
	s := []int{1, 2, 3}
	_ = s[1::3] // ERROR "middle index required in 3-index slice"
	defer 1 // ERROR "expression in defer must be function call" "cannot call non-function 1 \(untyped int constant\)"
	for a, b, c := range s { // ERROR "a declared but not used" "b declared but not used" "range clause permits at most two iteration variables"
	}
	for k, v, w := range 5 { // ERROR "range clause permits at most two iteration variables" "cannot range over 5 \(untyped int constant\)"
	}
}

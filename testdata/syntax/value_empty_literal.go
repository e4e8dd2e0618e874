// errorcheck

// minigo golden test: gc's short form prints an empty composite literal as
// T{} and a non-empty one as T{…} when a statement is used as a value (the
// parser printed T{…} for both until it took the checker's printer)

package main

func main() {
	for x := []int{} { // ERROR "syntax error: cannot use x := \[\]int{} as value"
	}
	for y := []int{1} { // ERROR "syntax error: cannot use y := \[\]int{…} as value"
	}
}

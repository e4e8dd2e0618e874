// errorcheck -m -l=4

// gc's -l=4: a call the inliner cannot inline costs its caller 1, not
// 57, so a function calling one becomes inlinable in turn.

package p

var sink []int

//go:noinline
func leaf(n int) int { return n * 2 }

func caller(n int) int { // ERROR "can inline caller"
	return leaf(n) + leaf(n+1)
}

func top(n int) []int { // ERROR "can inline top"
	s := make([]int, caller(n)) // ERROR "inlining call to caller" "make\(\[\]int, ~R0\) escapes to heap"
	return s
}

func use() { // ERROR "can inline use"
	sink = top(3) // ERROR "inlining call to top" "inlining call to caller" "make\(\[\]int, ~R0\) escapes to heap"
}

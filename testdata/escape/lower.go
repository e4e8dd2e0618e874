// errorcheck -0 -m -l
package main

var gs []int
var gm map[int]int
var gsm map[string]int
var gi interface{}

//go:noinline
func sliceLitStack() int { s := []int{1, 2, 3}; return s[0] + s[2] } // ERROR ": \[\]int\{\.\.\.\} does not escape$"

//go:noinline
func sliceLitHeap() { gs = []int{1, 2, 3} } // ERROR ": \[\]int\{\.\.\.\} escapes to heap$"

//go:noinline
func makeConstStack() int { s := make([]int, 5); s[1] = 2; return s[1] } // ERROR ": make\(\[\]int, 5\) does not escape$"

//go:noinline
func makeConstHeap() { gs = make([]int, 5) } // ERROR ": make\(\[\]int, 5\) escapes to heap$"

//go:noinline
func makeVar(n int) int { s := make([]int, n); return len(s) } // ERROR ": make\(\[\]int, n\) escapes to heap$"

//go:noinline
func mapSmallStack() int { m := make(map[int]int); m[1] = 2; return m[1] } // ERROR ": make\(map\[int\]int\) does not escape$"

//go:noinline
func mapSmallHeap() { gm = make(map[int]int) } // ERROR ": make\(map\[int\]int\) escapes to heap$"

//go:noinline
func mapHintHeap(n int) { gm = make(map[int]int, n) } // ERROR ": make\(map\[int\]int, n\) escapes to heap$"

//go:noinline
func mapLit() { gsm = map[string]int{"a": 1, "b": 2} } // ERROR ": map\[string\]int\{\.\.\.\} escapes to heap$"

//go:noinline
func appendIt(s []int) []int { return append(s, 7) } // ERROR ": leaking param: s to result ~r0 level=0$"

//go:noinline
func iface(n int, s string) { gi = n; gi = s } // ERROR ": leaking param: s$" ": n escapes to heap$" ": s escapes to heap$"

//go:noinline
func newHeap() *int { return new(int) } // ERROR ": new\(int\) escapes to heap$"

func main() {}

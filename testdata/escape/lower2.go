// errorcheck -0 -m -l
package main

var gs []int
var gm map[int]int

//go:noinline
func makeConstStack(i int) int { s := make([]int, 5); s[i] = 2; return s[0] + len(s) } // ERROR ": make\(\[\]int, 5\) does not escape$"

//go:noinline
func bigSliceLitStack(i int) int { s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}; return s[i] } // ERROR ": \[\]int\{\.\.\.\} does not escape$"

//go:noinline
func bigSliceLitHeap() { gs = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39} } // ERROR ": \[\]int\{\.\.\.\} escapes to heap$"

//go:noinline
func bigMapLit() { gm = map[int]int{0: 0, 1: 2, 2: 4, 3: 6, 4: 8, 5: 10, 6: 12, 7: 14, 8: 16, 9: 18, 10: 20, 11: 22, 12: 24, 13: 26, 14: 28, 15: 30, 16: 32, 17: 34, 18: 36, 19: 38, 20: 40, 21: 42, 22: 44, 23: 46, 24: 48, 25: 50, 26: 52, 27: 54, 28: 56, 29: 58} } // ERROR ": map\[int\]int\{\.\.\.\} escapes to heap$"

//go:noinline
func concatStack(a, b string) int { s := a + b; return len(s) } // ERROR ": a does not escape$" ": b does not escape$" ": a \+ b does not escape$"

//go:noinline
func concatHeap(a, b string) string { return a + b } // ERROR ": a does not escape$" ": b does not escape$" ": a \+ b escapes to heap$"

//go:noinline
func bytesToStr(b []byte) int { s := string(b); return len(s) } // ERROR ": b does not escape$" ": string\(b\) does not escape$"

func main() {}

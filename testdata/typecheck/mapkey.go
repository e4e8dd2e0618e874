// errorcheck

package main

type S struct{ f []int }
type K struct{ a int }

var m1 map[func()]int // ERROR "invalid map key type func\(\)"
var m2 map[[]int]string // ERROR "invalid map key type \[\]int"
var m3 map[S]bool // ERROR "invalid map key type S"
var m4 map[K]bool
var m5 map[map[int]int]int // ERROR "invalid map key type map\[int\]int"
var m6 map[[2][]int]int // ERROR "invalid map key type \[2\]\[\]int"

func main() {
	m := map[[]byte]int{} // ERROR "invalid map key type \[\]byte"
	_ = m
	_ = make(map[func(int) int]string) // ERROR "invalid map key type func\(int\) int"
}

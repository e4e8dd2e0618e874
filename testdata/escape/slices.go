// errorcheck -0 -m -l
package main

var gs []int
var gps []*int

func sum(s []int) int { // ERROR ": s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func makes(n int) int {
	a := make([]int, 5) // ERROR ": make\(\[\]int, 5\) does not escape$"
	b := make([]int, n) // ERROR ": make\(\[\]int, n\) escapes to heap$"
	c := make([]int, 5, 10) // ERROR ": make\(\[\]int, 5, 10\) does not escape$"
	d := make([]byte, 65536) // ERROR ": make\(\[\]byte, 65536\) does not escape$"
	e := make([]byte, 65537) // ERROR ": make\(\[\]byte, 65537\) escapes to heap$"
	f := make([]int, 0, 8192) // ERROR ": make\(\[\]int, 0, 8192\) does not escape$"
	g := make([]int, 0, 8193) // ERROR ": make\(\[\]int, 0, 8193\) escapes to heap$"
	return sum(a) + sum(b) + sum(c) + len(d) + len(e) + sum(f) + sum(g)
}

func lits() {
	a := []int{1, 2, 3} // ERROR ": \[\]int\{\.\.\.\} does not escape$"
	_ = sum(a)
	gs = []int{4, 5, 6} // ERROR ": \[\]int\{\.\.\.\} escapes to heap$"
	var arr [3]int // ERROR ": moved to heap: arr$"
	gs = arr[:]
	x := 7 // ERROR ": moved to heap: x$"
	ps := []*int{&x} // ERROR ": \[\]\*int\{\.\.\.\} escapes to heap$"
	gps = ps
}

func appends(s []int, p *int) []int { // ERROR ": leaking param: s to result ~r0 level=0$" ": leaking param: p$"
	s = append(s, 1)
	gps = append(gps, p)
	return s
}

func ret() []int {
	return make([]int, 3) // ERROR ": make\(\[\]int, 3\) escapes to heap$"
}

func main() {
	_ = makes(3)
	lits()
	_ = appends(nil, nil)
	_ = ret()
}

// errorcheck -0 -m -l
package main

var sink []*int
var one *int

// range: the key and value are copies; the ranged-over slice is read.

func rangeSlice(s []*int) int { // the elements are loaded, not stored // ERROR `s does not escape$`
	n := 0
	for _, p := range s {
		n += *p
	}
	return n
}

func rangeLeak(s []*int) { // ERROR `leaking param content: s$`
	for _, p := range s {
		one = p
	}
}

func rangeAddr(s []int) { // ERROR `leaking param: s$`
	for i := range s {
		one = &s[i]
	}
}

func rangeValueAddr(s []int) { // ERROR `leaking param content: s$`
	for _, v := range s { // ERROR `moved to heap: v$`
		one = &v
	}
}

func rangeArray() int {
	a := [3]*int{}
	n := 0
	for _, p := range a {
		if p != nil {
			n++
		}
	}
	return n
}

func rangeMap(m map[string]*int) { // ERROR `leaking param content: m$`
	for k, v := range m {
		_ = k
		one = v
	}
}

func rangeLiteral() int {
	n := 0
	for _, x := range []int{1, 2, 3} { // ERROR `\[\]int\{\.\.\.\} does not escape$`
		n += x
	}
	return n
}

// copy: the destination is written, the source's pointers go to the heap.

func copyInts(dst, src []int) int { // ERROR `dst does not escape$` `src does not escape$`
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int { // ERROR `dst does not escape$` `leaking param content: src$`
	return copy(dst, src)
}

func copyString(b []byte, s string) int { // ERROR `b does not escape$` `s does not escape$`
	return copy(b, s)
}

func copyLocal() {
	a := make([]*int, 2) // ERROR `make\(\[\]\*int, 2\) does not escape$`
	b := make([]*int, 2) // ERROR `make\(\[\]\*int, 2\) does not escape$`
	copy(a, b)
}

func main() {
	rangeSlice(nil)
	rangeLeak(nil)
	rangeAddr(nil)
	rangeValueAddr(nil)
	rangeArray()
	rangeMap(nil)
	rangeLiteral()
	copyInts(nil, nil)
	copyPtrs(nil, nil)
	copyString(nil, "")
	copyLocal()
}

// errorcheck -0 -m -l
package main

var gs []*int

func vleak(a ...*int) { gs = a } // ERROR ": leaking param: a$"

func vkeep(a ...*int) int { return len(a) } // ERROR ": a does not escape$"

func vcontent(a ...*int) { gs = append(gs, a[0]) } // ERROR ": leaking param content: a$"

func main() {
	x, y, z := 1, 2, 3 // ERROR ": moved to heap: x$" ": moved to heap: z$"
	vleak(&x) // ERROR ": \.\.\. argument escapes to heap$"
	_ = vkeep(&y) // ERROR ": \.\.\. argument does not escape$"
	vcontent(&z) // ERROR ": \.\.\. argument does not escape$"
	vleak()
	s := []*int{nil} // ERROR ": \[\]\*int\{\.\.\.\} escapes to heap$"
	vleak(s...)
}

// errorcheck -0 -m -l

// minigo golden test: the escape analysis of directives.  A body-less
// //go:noescape function leaks nothing; //go:uintptrescapes marks a
// function's uintptr parameters as escaping (gc would move what a caller
// converts from unsafe.Pointer to the heap); a body-less function's
// uintptr parameters are assumed to be unsafe.

package main

//go:noescape
func f(p *int, q []int) *int // ERROR "p does not escape" "q does not escape"

func g(p *int) *int // ERROR "leaking param: p"

//go:uintptrescapes
func h(x uintptr, xs ...uintptr) {} // ERROR "marking x as escaping uintptr" "marking xs as escaping ...uintptr"

//go:uintptrescapes
func k(x uintptr, p *int) {} // ERROR "marking x as escaping uintptr" "p does not escape"

func b(x uintptr) // ERROR "assuming x is unsafe uintptr"

func main() {
	var i int
	h(1, 2, 3) // ERROR "... argument escapes to heap"
	k(4, &i)
}

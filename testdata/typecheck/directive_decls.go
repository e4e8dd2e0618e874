// errorcheck

// minigo golden test: //go: directives that a declaration took, judged
// after a clean type check as gc's irgen judges them.  A package clause
// takes //go:build, a type //go:notinheap, a func the function flags;
// imports, constants, variables and type aliases take nothing.

//go:noinline // ERROR "misplaced compiler directive"
package main

//go:nosplit // ERROR "misplaced compiler directive"
import "fmt"

//go:build ignore // ERROR "misplaced compiler directive"
const d = 2

const (
	//go:noinline // ERROR "misplaced compiler directive"
	c = 1
)

//go:noescape
func f() {} // ERROR "can only use //go:noescape with external func implementations"

type T struct{}

//go:nosplit
//go:noinline
//go:norace
func (T) m() {}

//go:notinheap // ERROR "misplaced compiler directive"
type A = T

func main() {
	//go:noinline // ERROR "misplaced compiler directive"
	var x = c
	fmt.Println(x)
}

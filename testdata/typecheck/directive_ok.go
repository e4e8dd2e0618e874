// errorcheck

// minigo golden test: //go: directives gc takes without a word: the
// function flags on functions and methods, //go:build on the package
// clause, //go:notinheap on an unused type, verbs gc does not know (or
// spells with a tab), //go:nointerface (off in gc), and a cgo directive
// that is allowed outside cgo.

//go:build linux || !linux

package main

//go:unknown_verb anything
import "fmt"

//go:noinline
//go:nosplit
//go:norace
//go:nocheckptr
//go:registerparams
//go:cgo_import_dynamic local remote "libc.so.6"
func f(x int) int { return x + 1 }

type T struct{ n int }

//go:noinline
func (t *T) inc() { t.n++ }

//go:notinheap
type unused struct{ a int }

//go:nointerface
var v = 1

//go:noinline	
const k = 2

func main() {
	//go:foo
	x := f(v + k)
	t := T{x}
	t.inc()
	fmt.Println(t.n)
}

//go:linkname_without_space is not a linkname

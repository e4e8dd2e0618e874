// errorcheck

package p

// Parameter and result names of a func type without a body share one
// block too: a repeated name is an error wherever the signature stands.

type I interface {
	M(a int) (a string) // ERROR "a redeclared in this block"
	N(b, c, b bool)     // ERROR "b redeclared in this block"
	O(_, _ int) (_ int)
}

type F func(x int, y ...int) (z, x error) // ERROR "x redeclared in this block"

var v func() (r, r int) // ERROR "r redeclared in this block"

var w = []func(s string){func(s string) {}}

func f(g func(k, k int)) {} // ERROR "k redeclared in this block"

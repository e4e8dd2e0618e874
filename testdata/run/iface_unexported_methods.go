// Unexported methods of different packages are different methods: an
// interface of main with grow() is not satisfied by *strings.Builder,
// whose grow is strings'.  Dynamic assertions (runtime getitab) used to
// match by bare name and said it was.  Also an interface literal that
// embeds another, asserted to at run time: its method set was left
// uncomputed and its descriptor listed no methods (so anything matched).

package main

import (
	"fmt"
	"strings"
)

type grower interface{ grow(n int) }

type T struct{ n int }

func (t *T) grow(n int) { t.n += n }
func (t *T) Len() int   { return t.n }

type E struct{ *T }

func check(name string, x any) {
	_, g := x.(grower)
	_, gl := x.(interface {
		grower
		Len() int
	})
	fmt.Println(name, g, gl)
}

func main() {
	check("builder", &strings.Builder{})
	check("T", &T{1})
	check("E", E{&T{2}})
	check("int", 3)
	var x any = &strings.Builder{}
	defer func() { fmt.Println(recover()) }()
	_ = x.(grower)
}

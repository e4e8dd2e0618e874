package main

// A struct (or array) whose only word is a pointer is stored in an
// interface as that word: methods promoted through an embedded *T and
// value methods must read the receiver from the word itself.

import "fmt"

type T struct{ x int }

func (t *T) P() int { return t.x }
func (t T) V() int  { return t.x + 100 }

type S struct{ *T }
type SV struct{ T }

type I interface{ P() int; V() int }

func main() {
	s := S{&T{1}}
	var i I = s
	fmt.Println(i.P(), i.V())
	var j I = &s
	fmt.Println(j.P(), j.V())
	var k I = &SV{T{5}}
	fmt.Println(k.P(), k.V())
}

type W struct{ p *int }

func (w W) Get() int { return *w.p }

type A [1]*T

func (a A) P() int { return a[0].x * 10 }
func (a A) V() int { return a[0].x * 100 }

type G interface{ Get() int }

func init() {
	n := 7
	var g G = W{&n}
	fmt.Println(g.Get())
	var i I = A{&T{3}}
	fmt.Println(i.P(), i.V())
	var e interface{} = S{&T{9}}
	fmt.Println(e.(I).P(), e.(S).V())
}

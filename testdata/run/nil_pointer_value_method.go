package main

import "fmt"

// A value method reached through a nil *T held in an interface panics with
// gc's panicwrap text, a runtime error without the "runtime error: "
// prefix.  (The interfaces are globals or parameters: where gc can
// devirtualize the call, the caller dereferences and the panic is a nil
// dereference instead.)

type T int

func (t T) F() {}

type I interface{ F() }

var (
	t *T
	i I = t
)

func call(x I) { x.F() }

func main() {
	defer func() {
		e := recover().(error)
		fmt.Println(e.Error())
		var p *T
		call(p)
	}()
	i.F()
}

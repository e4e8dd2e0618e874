// errorcheck

package main

import "strings"

type T struct{ n int }

func (t T) Get() int   { return t.n }
func (t *T) Set(n int) { t.n = n }

func main() {
	var b strings.Builder
	_ = b.buf // ERROR "b\.buf undefined \(type strings\.Builder has no field or method buf\)"
	f := T.Set // ERROR "cannot call pointer method Set on T"
	g := (*T).Get
	var t T
	t.Set("x") // ERROR `cannot use "x" \(untyped string constant\) as int value in argument to t\.Set`
	h := t.Get(1) // ERROR "too many arguments in call to t\.Get"
	_, _, _ = f, g, h
	T.Get() // ERROR "not enough arguments in call to T\.Get"
	var p **T
	p.Get() // ERROR "p\.Get undefined \(type \*\*T has no field or method Get\)"
}

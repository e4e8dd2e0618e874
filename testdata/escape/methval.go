// errorcheck -0 -m -l
package main

// Method values: a closure record holding a copy of the receiver.

type T struct{ p *int }

func (t T) Get() int { return *t.p } // ERROR `t does not escape$`

func (t *T) Ptr() *int { return t.p } // ERROR `leaking param: t to result ~r0 level=1$`

type I interface{ Get() int }

var fsink func() int
var psink func() *int

func local() int {
	i := 0
	t := T{&i}
	f := t.Get // ERROR `t\.Get does not escape$`
	return f()
}

func stored() {
	i := 0 // ERROR `moved to heap: i$`
	t := T{&i}
	fsink = t.Get // ERROR `t\.Get escapes to heap$`
}

func pointerRecv() *int {
	t := &T{} // ERROR `&T\{\} does not escape$`
	g := t.Ptr // ERROR `t\.Ptr does not escape$`
	return g()
}

func pointerStored() {
	var t T // ERROR `moved to heap: t$`
	psink = t.Ptr // ERROR `t\.Ptr escapes to heap$`
}

func viaIface(x I) int { // ERROR `leaking param: x$`
	f := x.Get // ERROR `x\.Get does not escape$`
	return f()
}

func viaIfaceStored(x I) { // ERROR `leaking param: x$`
	fsink = x.Get // ERROR `x\.Get escapes to heap$`
}

func methodExpr() int {
	i := 0
	t := T{&i}
	f := T.Get
	return f(t)
}

func returned(t T) func() int { // ERROR `leaking param: t$`
	return t.Get // ERROR `t\.Get escapes to heap$`
}

func main() {
	local()
	stored()
	pointerRecv()
	pointerStored()
	viaIface(T{})
	viaIfaceStored(T{})
	methodExpr()
	_ = returned(T{})
}

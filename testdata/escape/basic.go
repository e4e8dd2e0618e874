// errorcheck -0 -m -l
package main

type T struct {
	a, b int
	p    *int
}

var gp *int
var gt *T

func newInt() *int {
	x := 42 // ERROR ": moved to heap: x$"
	return &x
}

func newT() *T {
	return &T{a: 1} // ERROR ": &T\{\.\.\.\} escapes to heap$"
}

func local() int {
	y := 1
	p := &y
	t := &T{a: 2} // ERROR ": &T\{\.\.\.\} does not escape$"
	n := new(int) // ERROR ": new\(int\) does not escape$"
	*n = *p + t.a
	return *n
}

func store(p *int) { // ERROR ": leaking param: p$"
	gp = p
}

func noStore(p *int) int { // ERROR ": p does not escape$"
	return *p + 1
}

func identity(p *int) *int { // ERROR ": leaking param: p to result ~r0 level=0$"
	return p
}

func deref(pp **int) *int { // ERROR ": leaking param: pp to result ~r0 level=1$"
	return *pp
}

func storeContent(pp **int) { // ERROR ": leaking param content: pp$"
	gp = *pp
}

func main() {
	a := 1 // ERROR ": moved to heap: a$"
	store(&a)
	b := 2
	_ = noStore(&b)
	c := 3
	_ = identity(&c)
	d := 4 // ERROR ": moved to heap: d$"
	gp = identity(&d)
	_ = newInt()
	_ = newT()
	_ = local()
	e := 5 // ERROR ": moved to heap: e$"
	pe := &e
	storeContent(&pe)
}

// errorcheck -0 -m -l
package main

type T struct{ v int }

func (t *T) Get() int  { return t.v } // ERROR ": t does not escape$"
func (t T) Val() int    { return t.v }
func (t *T) Self() *T   { return t } // ERROR ": leaking param: t to result ~r0 level=0$"
func (t *T) Store()     { gt = t } // ERROR ": leaking param: t$"

var gt *T
var gf func() int

func use(p *int) {} // ERROR ": p does not escape$"

func deferred(n int) {
	x := 1
	defer use(&x)
	for i := 0; i < n; i++ {
		y := i // ERROR ": moved to heap: y$"
		defer use(&y)
	}
	defer func() { // ERROR ": func literal does not escape$"
		x++
	}()
}

func methods() int {
	t := T{1}
	a := t.Get()
	f := t.Get // ERROR ": t\.Get does not escape$"
	gf = t.Val // ERROR ": t\.Val escapes to heap$"
	u := &T{2} // ERROR ": &T\{\.\.\.\} does not escape$"
	_ = u.Self()
	w := &T{3} // ERROR ": &T\{\.\.\.\} escapes to heap$"
	w.Store()
	return a + f()
}

func main() {
	deferred(2)
	_ = methods()
}

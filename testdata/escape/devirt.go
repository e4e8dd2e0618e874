// errorcheck -0 -m -l
package main

// Interface calls whose dynamic type is known are made static before
// the analysis; the receiver then follows the method's tags.

type I interface{ M() int }

type V struct{ p *int }

func (v V) M() int { return *v.p } // ERROR `v does not escape$`

type P struct{ q *int }

func (p *P) M() int { return *p.q } // ERROR `p does not escape$`

type L struct{ p *int }

var lsink *int

func (l L) M() int { lsink = l.p; return 0 } // ERROR `leaking param: l$`

type E struct{ I }

type Big struct {
	p *int
	a [4]int
}

func (b Big) M() int { return *b.p + b.a[0] } // ERROR `b does not escape$`

var isink I

func direct() int {
	i := 0
	var x I = V{&i}
	return x.M() // ERROR `devirtualizing x\.M to V$`
}

func pointer() int {
	j := 0
	var x I = &P{&j} // ERROR `&P\{\.\.\.\} does not escape$`
	return x.M() // ERROR `devirtualizing x\.M to \*P$`
}

func leaky() int {
	k := 0 // ERROR `moved to heap: k$`
	var x I = L{&k}
	return x.M() // ERROR `devirtualizing x\.M to L$`
}

func chained() int {
	i := 0
	var x I = V{&i}
	y := x
	z := y
	return z.M() // ERROR `devirtualizing z\.M to V$`
}

func explicit() int {
	i := 0
	x := I(Big{p: &i}) // ERROR `I\(Big\{\.\.\.\}\) does not escape$`
	return x.M() // ERROR `devirtualizing x\.M to Big$`
}

func reassigned(b bool) int {
	i := 0 // ERROR `moved to heap: i$`
	var x I = V{&i}
	if b {
		x = &P{&i} // ERROR `&P\{\.\.\.\} escapes to heap$`
	}
	return x.M()
}

func param(x I) int { // ERROR `leaking param: x$`
	return x.M()
}

func partial() int {
	i := 0 // ERROR `moved to heap: i$`
	var e I = E{V{&i}} // ERROR `E\{\.\.\.\} does not escape$`
	return e.M() // ERROR `partially devirtualizing e\.M to E$`
}

func boxed() int {
	i := 0 // ERROR `moved to heap: i$`
	var x I = Big{p: &i} // ERROR `Big\{\.\.\.\} escapes to heap$`
	isink = x
	return x.M() // ERROR `devirtualizing x\.M to Big$`
}

func inClosure() int {
	i := 0 // ERROR `moved to heap: i$`
	var x I = V{&i}
	f := func() int { // ERROR `func literal does not escape$`
		var y I = V{&i}
		return x.M() + y.M() // ERROR `devirtualizing y\.M to V$`
	}
	return f()
}

func deferred() {
	i := 0 // ERROR `moved to heap: i$`
	var x I = V{&i}
	defer x.M() // ERROR `devirtualizing x\.M to V$`
	for n := 0; n < 2; n++ {
		defer x.M() // ERROR `devirtualizing x\.M to V$`
	}
}

func main() {
	direct()
	pointer()
	leaky()
	chained()
	explicit()
	reassigned(true)
	param(V{nil})
	partial()
	boxed()
	inClosure()
	deferred()
}

// errorcheck -0 -m=2 -l
package main

// -m=2: every decision with the chain of flows that forced it.

type T struct{ p *int }

var sink *int
var tsink *T

func ret(p *int) *int { // ERROR `parameter p leaks to ~r0 with derefs=0:$` `  flow: ~r0 = p:$` `    from return p \(return\) at .*flow2\.go:12:2$` `leaking param: p to result ~r0 level=0$`
	return p
}

func toHeap(p *int) { // ERROR `parameter p leaks to \{heap\} with derefs=0:$` `  flow: \{heap\} = p:$` `    from sink = p \(assign\) at .*flow2\.go:16:7$` `leaking param: p$`
	sink = p
}

func content(t *T) { // ERROR `parameter t leaks to \{heap\} with derefs=1:$` `  flow: \{heap\} = \*t:$` `    from t\.p \(dot of pointer\) at .*flow2\.go:20:10$` `    from sink = t\.p \(assign\) at .*flow2\.go:20:7$` `leaking param content: t$`
	sink = t.p
}

func addr() *int {
	x := 0 // ERROR `x escapes to heap:$` `  flow: ~r0 = &x:$` `    from &x \(address-of\) at .*flow2\.go:25:9$` `    from return &x \(return\) at .*flow2\.go:25:2$` `moved to heap: x$`
	return &x
}

func viaCall() {
	y := 0 // ERROR `y escapes to heap:$` `  flow: \{heap\} = &y:$` `    from &y \(address-of\) at .*flow2\.go:30:9$` `    from toHeap\(&y\) \(call parameter\) at .*flow2\.go:30:8$` `moved to heap: y$`
	toHeap(&y)
}

func viaLiteral() {
	z := 0 // ERROR `z escapes to heap:$` `  flow: \{storage for &T\{\.\.\.\}\} = &z:$` `    from &z \(address-of\) at .*flow2\.go:35:13$` `    from T\{\.\.\.\} \(struct literal element\) at .*flow2\.go:35:12$` `moved to heap: z$`
	tsink = &T{&z} // ERROR `&T\{\.\.\.\} escapes to heap:$` `  flow: \{heap\} = &\{storage for &T\{\.\.\.\}\}:$` `    from &T\{\.\.\.\} \(spill\) at .*flow2\.go:35:10$` `    from tsink = &T\{\.\.\.\} \(assign\) at .*flow2\.go:35:8$` `&T\{\.\.\.\} escapes to heap$`
}

func captured() func() int {
	n := 0 // ERROR `captured capturing by ref: n \(addr=false assign=true width=8\)$` `n escapes to heap:$` `  flow: \{storage for func literal\} = &n:$` `    from n \(captured by a closure\) at .*flow2\.go:41:3$` `    from n \(reference\) at .*flow2\.go:41:3$` `moved to heap: n$`
	return func() int { // ERROR `func literal escapes to heap:$` `  flow: ~r0 = &\{storage for func literal\}:$` `    from func literal \(spill\) at .*flow2\.go:40:9$` `    from return func literal \(return\) at .*flow2\.go:40:2$` `func literal escapes to heap$`
		n++
		return n
	}
}

func byValue() int {
	k := 1 // ERROR `byValue capturing by value: k \(addr=false assign=false width=8\)$`
	f := func() int { return k } // ERROR `func literal does not escape$`
	return f()
}

func main() {
	_ = ret(nil)
	toHeap(nil)
	content(nil)
	_ = addr()
	viaCall()
	viaLiteral()
	_ = captured()
	_ = byValue()
}

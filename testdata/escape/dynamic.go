// errorcheck -0 -m -l
package main

type I interface{ M(p *int) }

type T struct{}

func (T) M(p *int) {} // ERROR ": p does not escape$"

func viaIface(i I) { // ERROR ": leaking param: i$"
	x := 1 // ERROR ": moved to heap: x$"
	i.M(&x)
}

func viaFuncVal(f func(*int)) { // ERROR ": f does not escape$"
	y := 2 // ERROR ": moved to heap: y$"
	f(&y)
}

func direct() {
	z := 3
	T{}.M(&z)
	w := 4
	g := func(p *int) {} // ERROR ": p does not escape$" ": func literal does not escape$"
	g(&w)
	u := 0
	*(func() *int { return &u }()) = 42 // ERROR ": func literal does not escape$"
}

func main() {
	viaIface(T{}) // ERROR ": T\{\} escapes to heap$"
	viaFuncVal(nil)
	direct()
}

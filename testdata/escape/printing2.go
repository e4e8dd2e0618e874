// errorcheck -0 -m -l
// How gc prints expressions: []rune of a constant as a rune slice literal,
// constants in the syntax printer's form (--4), string concatenations in
// parentheses, promoted fields with their path, devirtualized calls as T.M(x.(T)).
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b *Base) Hello() string { return b.Name } // ERROR ": leaking param: b to result ~r0 level=1$"

type Derived struct {
	Base
	Extra int
}

type Service struct {
	*Derived
}

type Level int

func (l Level) String() string { return "level" }

type Buf struct{ data []string }

func (b *Buf) Read() string { return "" } // ERROR ": b does not escape$"

type Reader interface{ Read() string }

type Square struct{ s float64 }

func (s Square) Area() float64 { return s.s * s.s }

type Shape interface{ Area() float64 }

const Pi = 3.14

func runes(s string) { // ERROR ": s does not escape$"
	fmt.Println([]rune("ok"), []rune(""), []rune(s)) // ERROR ": \.\.\. argument does not escape$" ": \[\]rune\{\.\.\.\} escapes to heap$" ": \[\]rune\{\.\.\.\} escapes to heap$" ": \[\]rune\{\} escapes to heap$" ": \[\]rune\{\} escapes to heap$" ": \(\[\]rune\)\(s\) escapes to heap$" ": \(\[\]rune\)\(s\) escapes to heap$"
	r := []rune("héllo") // ERROR ": \[\]rune\{\.\.\.\} does not escape$"
	fmt.Println(len(r), string(r)) // ERROR ": \.\.\. argument does not escape$" ": len\(r\) escapes to heap$" ": string\(r\) escapes to heap$" ": string\(r\) escapes to heap$"
}

func exprs(x int, e, s string) { // ERROR ": e does not escape$" ": s does not escape$"
	fmt.Println(-2*-3, - -4, ^1+1, !true == false, x*(1+2), Pi*2) // ERROR ": \.\.\. argument does not escape$" ": -2 \* -3 escapes to heap$" ": --4 escapes to heap$" ": \^1 \+ 1 escapes to heap$" ": !true == false escapes to heap$" ": x \* \(1 \+ 2\) escapes to heap$" ": Pi \* 2 escapes to heap$"
	fmt.Println(e+s == s, s+e == s, e+e == "", len(e+s), (e+s)+(s+e)) // ERROR ": \.\.\. argument does not escape$" ": \(e \+ s\) == s escapes to heap$" ": e \+ s does not escape$" ": \(s \+ e\) == s escapes to heap$" ": s \+ e does not escape$" `: \(e \+ e\) == "" escapes to heap$` ": e \+ e does not escape$" ": len\(e \+ s\) escapes to heap$" ": e \+ s does not escape$" ": e \+ s \+ s \+ e escapes to heap$" ": e \+ s \+ s \+ e escapes to heap$"
	fmt.Println("a"+"b", x+len("abc")) // ERROR ": \.\.\. argument does not escape$" `: "a" \+ "b" escapes to heap$` `: x \+ len\("abc"\) escapes to heap$`
}

func promoted(d Derived, svc Service) { // ERROR ": leaking param: d$" ": leaking param content: svc$"
	fmt.Println(d.ID, d.Name, d.Base.ID) // ERROR ": \.\.\. argument does not escape$" ": d\.Base\.ID escapes to heap$" ": d\.Base\.Name escapes to heap$" ": d\.Base\.ID escapes to heap$"
	fmt.Println(svc.ID, svc.Name, svc.Hello(), svc.Derived.Extra) // ERROR ": \.\.\. argument does not escape$" ": svc\.Derived\.Base\.ID escapes to heap$" ": svc\.Derived\.Base\.Name escapes to heap$" ": \(\*Base\)\.Hello\(svc\.Derived\.Base\) escapes to heap$" ": svc\.Derived\.Extra escapes to heap$"
	f := d.Hello // ERROR ": d\.Base\.Hello does not escape$"
	fmt.Println(f()) // ERROR ": \.\.\. argument does not escape$" ": f\(\) escapes to heap$"
}

func devirt() {
	var s fmt.Stringer = Level(1) // ERROR ": Level\(1\) does not escape$"
	fmt.Println(s.String()) // ERROR ": devirtualizing s\.String to Level$" ": \.\.\. argument does not escape$" ": Level\.String\(s\.\(Level\)\) escapes to heap$"
	var r Reader = &Buf{} // ERROR ": &Buf\{\} does not escape$"
	fmt.Println(r.Read(), r.Read() == "") // ERROR ": devirtualizing r\.Read to \*Buf$" ": devirtualizing r\.Read to \*Buf$" ": \.\.\. argument does not escape$" ": \(\*Buf\)\.Read\(r\.\(\*Buf\)\) escapes to heap$" `: \(\*Buf\)\.Read\(r\.\(\*Buf\)\) == "" escapes to heap$`
	var sh Shape = Square{2} // ERROR ": Square\{\.\.\.\} does not escape$"
	fmt.Println(sh.Area()) // ERROR ": devirtualizing sh\.Area to Square$" ": \.\.\. argument does not escape$" ": Square\.Area\(sh\.\(Square\)\) escapes to heap$"
}

func main() {
	runes("x")
	exprs(1, "a", "b")
	promoted(Derived{}, Service{&Derived{}}) // ERROR ": &Derived\{\} does not escape$"
	devirt()
}

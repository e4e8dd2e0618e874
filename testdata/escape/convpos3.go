// errorcheck -0 -m -l
// Where gc's noder puts implicit interface conversions (noder.c): constants
// and named constants at their own column in calls, panic's argument at the
// '(', a var declaration's constant at its name, a composite literal at its
// '{', append's elements after the last expression visited, map keys.
package main

import "fmt"

type Day int

const (
	Sunday Day = iota
	Monday
)

const KB = 1 << 10

type Code int

func (c Code) Error() string { return "code" }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Shape interface{ Area() float64 }

type ID int

type S struct{ a, b int }

var sink interface{}

func consts(n int) {
	fmt.Println(true, false) // ERROR ": \.\.\. argument does not escape$" ": true escapes to heap$" ": false escapes to heap$"
	fmt.Println(Sunday, Monday, KB, n) // ERROR ": \.\.\. argument does not escape$" ": Sunday escapes to heap$" ": Monday escapes to heap$" ": KB escapes to heap$" ": n escapes to heap$"
	fmt.Printf("%d %v\n", n, true) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$" ": true escapes to heap$"
	fmt.Println(n, 'x', nil, 2.5) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$" ": 'x' escapes to heap$" ": 2\.5 escapes to heap$"
}

func panics(s string) { // ERROR ": leaking param: s$"
	if s == "" {
		panic("empty") // ERROR `: "empty" escapes to heap$`
	}
	if s == "a" {
		panic(Code(404)) // ERROR ": Code\(404\) escapes to heap$"
	}
	if s == "b" {
		panic(fmt.Sprintf("bad %s", s)) // ERROR `: fmt\.Sprintf\("bad %s", \.\.\. argument\.\.\.\) escapes to heap$` ": \.\.\. argument does not escape$" ": s escapes to heap$"
	}
	panic(s) // ERROR ": s escapes to heap$"
}

func decls() {
	var e error = Code(404) // ERROR ": Code\(404\) escapes to heap$"
	var i interface{} = 42 // ERROR ": 42 escapes to heap$"
	var big interface{} = [5]int64{1, 2, 3, 4, 5} // ERROR ": \[5\]int64\{\.\.\.\} escapes to heap$"
	var sh Shape = Rect{2, 3} // ERROR ": Rect\{\.\.\.\} escapes to heap$"
	x := interface{}(Sunday) // ERROR ": \(interface \{\}\)\(Sunday\) escapes to heap$"
	sink, sink, sink, sink, sink = e, i, big, sh, x
}

func appends(f float64) []Shape {
	var shapes []Shape
	shapes = append(shapes, Rect{f, f / 2}) // ERROR ": Rect\{\.\.\.\} escapes to heap$"
	shapes = append(shapes, Rect{1, 2}, Rect{f, 3}) // ERROR ": Rect\{\.\.\.\} escapes to heap$" ": Rect\{\.\.\.\} escapes to heap$"
	var any []interface{}
	any = append(any, 1, f) // ERROR ": 1 escapes to heap$" ": f escapes to heap$"
	sink = any // ERROR ": any escapes to heap$"
	return shapes
}

func maps() {
	m := map[interface{}]string{} // ERROR ": map\[interface \{\}\]string\{\} does not escape$"
	m[1] = "int" // ERROR ": 1 escapes to heap$"
	m[ID(1)] = "ID" // ERROR ": ID\(1\) escapes to heap$"
	m[S{1, 2}] = "struct" // ERROR ": S\{\.\.\.\} escapes to heap$"
	m[[2]string{"a", "b"}] = "array" // ERROR ": \[2\]string\{\.\.\.\} escapes to heap$"
	fmt.Println(m[1], m[S{1, 2}], len(m)) // ERROR ": \.\.\. argument does not escape$" ": m\[1\] escapes to heap$" ": 1 does not escape$" ": m\[S\{\.\.\.\}\] escapes to heap$" ": S\{\.\.\.\} does not escape$" ": len\(m\) escapes to heap$"
	_, ok := m[int32(1)] // ERROR ": int32\(1\) does not escape$"
	delete(m, ID(1)) // ERROR ": ID\(1\) does not escape$"
	em := map[interface{}]int{1: 2, "k": 3} // ERROR ": map\[interface \{\}\]int\{\.\.\.\} escapes to heap$" ": 1 escapes to heap$" `: "k" escapes to heap$`
	fmt.Println(ok, em) // ERROR ": \.\.\. argument does not escape$" ": ok escapes to heap$"
}

func main() {
	consts(1)
	panics("x")
	decls()
	appends(1)
	maps()
}

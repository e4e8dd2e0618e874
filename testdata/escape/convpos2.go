// errorcheck -0 -m -l
package main

type Box struct{ a, b interface{} }

var sink interface{}
var sb Box
var gs []interface{}
var gm map[interface{}]interface{}

type T struct{ f interface{} }

func id(x int) int { return x }

func pos(n int, s string, p *T, arr []interface{}) { // ERROR ": leaking param: s$" ": p does not escape$" ": arr does not escape$"
	sb = Box{n, s} // ERROR ": n escapes to heap$" ": s escapes to heap$"
	sb = Box{a: n, b: s} // ERROR ": n escapes to heap$" ": s escapes to heap$"
	var i interface{} = n + id(n) // ERROR ": n \+ id\(n\) escapes to heap$"
	sink = i
	p.f = n // ERROR ": n escapes to heap$"
	arr[n] = s // ERROR ": s escapes to heap$"
	x := []interface{}{n, s} // ERROR ": \[\]interface \{\}\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$"
	gs = x
	gs = append(gs, n, s) // ERROR ": n escapes to heap$" ": s escapes to heap$"
	m := map[interface{}]interface{}{n: s} // ERROR ": map\[interface \{\}\]interface \{\}\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$"
	gm = m
	if sink == n {
		panic(s) // ERROR ": s escapes to heap$"
	}
	sink = n + 1 // ERROR ": n \+ 1 escapes to heap$"
	var j, k interface{} = n, s // ERROR ": n escapes to heap$" ": s escapes to heap$"
	sink = j
	sink = k
	gs = []interface{}{n, s} // ERROR ": \[\]interface \{\}\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$"
}

func ret(n int) (interface{}, interface{}) {
	return n + 1, id(n) // ERROR ": n \+ 1 escapes to heap$" ": id\(n\) escapes to heap$"
}

func main() {}

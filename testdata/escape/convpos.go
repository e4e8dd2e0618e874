// errorcheck -0 -m -l
package main

type Box struct{ v interface{} }

var sink interface{}
var sb Box

func use2(a, b interface{}) {} // ERROR ": a does not escape$" ": b does not escape$"

func ret(n int) interface{} {
	return n // ERROR ": n escapes to heap$"
}

func ret2(a, b int) (interface{}, interface{}) {
	return a, b // ERROR ": a escapes to heap$" ": b escapes to heap$"
}

func pos(n int, s string, arr [4]int) { // ERROR ": leaking param: s$"
	use2(n, s) // ERROR ": n does not escape$" ": s does not escape$"
	use2(1, n) // ERROR ": 1 does not escape$" ": n does not escape$"
	use2("lit", n) // ERROR `: "lit" does not escape$` ": n does not escape$"
	use2(n+1, s) // ERROR ": n \+ 1 does not escape$" ": s does not escape$"
	use2(arr[1], n) // ERROR ": arr\[1\] does not escape$" ": n does not escape$"
	sb = Box{v: n} // ERROR ": n escapes to heap$"
	sb = Box{n} // ERROR ": n escapes to heap$"
	var i interface{} = n // ERROR ": n escapes to heap$"
	j := interface{}(n) // ERROR ": \(interface \{\}\)\(n\) escapes to heap$"
	sink, sink = n, s // ERROR ": n escapes to heap$" ": s escapes to heap$"
	sink = i
	sink = j
	arr2 := [1]interface{}{n} // ERROR ": n escapes to heap$"
	sink = arr2 // ERROR ": arr2 escapes to heap$"
}

func main() {}

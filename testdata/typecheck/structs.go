// errorcheck

package main

type P struct{ X, Y int }
type A struct{ N int }
type B struct{ N int }
type C struct {
	A
	B
}

func main() {
	_ = P{X: 1, Z: 2} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{1} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, 3} // ERROR "too many values in P\{…\}"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	var c C
	_ = c.N // ERROR "ambiguous selector c\.N"
	_ = c.M // ERROR "c\.M undefined \(type C has no field or method M\)"
	_ = P.X // ERROR "P\.X undefined \(type P has no method X\)"
	_ = []int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
}

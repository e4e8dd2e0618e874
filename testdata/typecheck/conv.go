// errorcheck

package main

type S struct{ a int }
type T struct{ b int }

func main() {
	var s string
	var i int
	var f float64
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	_ = []int(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = T(S{}) // ERROR "cannot convert S\{\} \(value of type S\) to type T"
	_ = bool(i) // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = int8(1000) // ERROR "cannot convert 1000 \(untyped int constant\) to type int8"
	_ = uint(-1) // ERROR "cannot convert -1 \(untyped int constant\) to type uint"
	_ = int(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type int"
	_ = float32(1e300) // ERROR "cannot convert 1e300 \(untyped float constant 1e\+300\) to type float32"
}

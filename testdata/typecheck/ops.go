// errorcheck

package main

type T struct{ s []int }

func main() {
	var i int
	var s string
	var f float64
	var b bool
	_ = i + s // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = s - s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = f % f // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	var sl []int
	_ = sl == sl // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	var t T
	_ = t == t // ERROR "invalid operation: t == t \(struct containing \[\]int cannot be compared\)"
	var fn func()
	_ = fn == fn // ERROR "invalid operation: fn == fn \(func can only be compared to nil\)"
}

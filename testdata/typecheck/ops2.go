// errorcheck

package main

func main() {
	var i int
	var u uint
	var f float64
	_ = i << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = i &^ f // ERROR "invalid operation: i &\^ f \(mismatched types int and float64\)"
	_ = i < "a" // ERROR `invalid operation: i < "a" \(mismatched types int and untyped string\)`
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var m map[string]int
	_ = m < m // ERROR "invalid operation: m < m \(operator < not defined on map\)"
	var p *int
	_ = p > p // ERROR "invalid operation: p > p \(operator > not defined on pointer\)"
	_ = u + i // ERROR "invalid operation: u \+ i \(mismatched types uint and int\)"
	var x int32
	x += i // ERROR "invalid operation: x \+= i \(mismatched types int32 and int\)"
}

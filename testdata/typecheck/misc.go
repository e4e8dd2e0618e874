// errorcheck

package main

func main() {
	_ = new(1) // ERROR "1 is not a type"
	var s string = 'a' // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in variable declaration"
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	var i int
	_ = i == nil // ERROR "invalid operation: i == nil \(mismatched types int and untyped nil\)"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = s
}

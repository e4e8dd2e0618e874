// errorcheck

package main

// An array length must be a non-negative constant representable as int:
// beyond int it is "not an integer", below zero an invalid length.
const Big uint64 = 1 << 63
const Neg int8 = -3

var a [Big]int    // ERROR "array length Big \(constant 9223372036854775808 of type uint64\) must be integer"
var b [-1]int     // ERROR "invalid array length -1 \(untyped int constant\)"
var c [Neg]int    // ERROR "invalid array length Neg \(constant -3 of type int8\)"
var d [1 << 64]int // ERROR "array length 1 << 64 \(untyped int constant 18446744073709551616\) must be integer"
var e [1e3]int
var f [-2.0]int   // ERROR "invalid array length -2\.0 \(untyped float constant -2\)"

func main() {
	_, _, _, _, _, _ = a, b, c, d, e, f
}

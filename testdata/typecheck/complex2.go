// errorcheck

package main

// Operators and builtins on complex values, with gc's messages.
func main() {
	var x complex128
	_ = x < x // ERROR "invalid operation: x < x \(operator < not defined on complex128\)"
	_ = x % x // ERROR "invalid operation: operator % not defined on x \(variable of type complex128\)"
	_ = 1i / 0 // ERROR "invalid operation: division by zero"
	_ = x / 0
	_ = 1i << 2 // ERROR "invalid operation: shifted operand 1i \(untyped complex constant \(0 \+ 1i\)\) must be integer"
	_ = real("a") // ERROR "invalid argument: argument has type untyped string, expected complex type"
	_ = complex(1) // ERROR "invalid operation: not enough arguments for complex\(1\) \(expected 2, found 1\)"
	_ = complex(1i, 2) // ERROR "invalid operation: complex\(1i, 2\) \(mismatched types untyped complex and untyped float\)"
	_ = imag(x) + real(x)
	var f32 float32
	_ = complex(f32, 1) + complex64(x)
	_ = map[complex128]int{1i: 1, 1i: 2} // ERROR "duplicate key \(0 \+ 1i\) in map literal"
	switch x {
	case 1i, 1i: // types2 leaves duplicate complex cases alone
	}
	_ = complex(f32, x) // ERROR "invalid operation: complex\(f32, x\) \(mismatched types float32 and complex128\)"
}

// errorcheck

// Calls of the builtins of kind "expression" (types2's predeclaredFuncs)
// are values, and an expression statement of one is not used.

package main

import "unsafe"

func main() {
	var x complex128
	var p unsafe.Pointer
	var a [4]int
	unsafe.Alignof(0)                       // ERROR "unsafe.Alignof\(0\) \(constant 8 of type uintptr\) is not used"
	unsafe.Sizeof(x)                        // ERROR "is not used"
	unsafe.Offsetof(struct{ a, b int }{}.b) // ERROR "is not used"
	unsafe.Add(p, 1)                        // ERROR "unsafe.Add\(p, 1\) \(value of type unsafe.Pointer\) is not used"
	unsafe.Slice(&a[0], 2)                  // ERROR "is not used"
	real(x)                                 // ERROR "real\(x\) \(value of type float64\) is not used"
	imag(x)                                 // ERROR "is not used"
	complex(1, 2)                           // ERROR "is not used"
	len(a)                                  // ERROR "is not used"
}

// errorcheck

// Package unsafe's conversions: Pointer converts to and from uintptr and
// pointers only; its builtins' arity; an embedded unsafe.Pointer.

package p

import "unsafe"

var f float64

var _ = unsafe.Pointer(f)      // ERROR "cannot convert"
var _ = (*int)(uintptr(0))     // ERROR "cannot convert"
var _ = unsafe.Sizeof(1, 2)    // ERROR "too many arguments"

type S struct{ unsafe.Pointer } // ERROR "embedded field type cannot be unsafe.Pointer"

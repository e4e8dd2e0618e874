// errorcheck

// Package unsafe misused: types2's messages for its builtins and
// conversions, and an embedded unsafe.Pointer.

package p

import "unsafe"

type T struct {
	a int
	E
	*P
}

type E struct{ x int }
type P struct{ y int }

func (T) M() {}

var t T
var f float64

var _ = unsafe.Offsetof(t)     // ERROR "is not a selector expression"
var _ = unsafe.Offsetof(t.M)   // ERROR "is a method value"
var _ = unsafe.Offsetof(t.nope) // ERROR "has no single field nope"
var _ = unsafe.Offsetof(t.y)   // ERROR "embedded via a pointer"
var _ = unsafe.Add(f, 1)       // ERROR "cannot use f"
var _ = unsafe.Add(unsafe.Pointer(&f), 1.5) // ERROR "truncated|must be integer"
var _ = unsafe.Slice(f, 2)     // ERROR "is not a pointer"
var _ = unsafe.Slice(&f, -1)   // ERROR "must not be negative"

// Package unsafe: Sizeof, Alignof and Offsetof as constants (gc's sizes),
// Pointer conversions to and from *T and uintptr, Add, Slice, and a nil
// ptr with a non-zero length panicking as Go's runtime does.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a byte
	b int64
	c [3]int16
	E
}

type E struct{ x, y int32 }

func bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t.c), unsafe.Offsetof(t.b), unsafe.Offsetof(t.c), unsafe.Offsetof(t.y))
	p := unsafe.Pointer(&t.c[0])
	q := (*int16)(unsafe.Add(p, 4))
	*q = 7
	fmt.Println(t.c, bits(1.5), uintptr(p) == uintptr(unsafe.Pointer(&t))+16)
	arr := [4]int{1, 2, 3, 4}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	const sz = unsafe.Sizeof(int32(0)) * 2
	var buf [sz]byte
	fmt.Println(len(buf))
	var np *int
	fmt.Println(len(unsafe.Slice(np, 0)))
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = unsafe.Slice(np, 1)
}

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	All = FlagA | FlagB | FlagC
)

const (
	_  = iota
	c1 = iota * 10
	c2
	c3, c4 = iota, iota + 100
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Huge = 1 << 200
const Back = Huge >> 198
const maxU64 = ^uint64(0)
const minI64 = -1 << 63
const mask = ^0
const fl = 1.0 / 3.0
const str = "a" + "b"
const ch = 'a' + 1
const b = 1 < 2 && str == "ab"
const shifted = 1.0 << 3

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var f float32 = Pi
	var d float64 = Pi
	var i int = Back
	var u = maxU64
	var m int64 = minI64
	x := 10
	y := 1 << x
	var z int64 = 1 << x
	var arr [Back]int
	fmt.Println(Sunday, Monday, Tuesday, All, c1, c2, c3, c4, f, d, i, u, m, mask, fl, str, ch, b, shifted, y, z, len(arr))
	const local = len("hello")
	var a2 [local]byte
	fmt.Println(len(a2), cap(a2[:2]))
	switch Monday {
	case Sunday, Tuesday:
	case Monday:
		fmt.Println("mon")
		fallthrough
	default:
	}
}

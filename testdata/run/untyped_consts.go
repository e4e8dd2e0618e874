// run

package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 99
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Third = 1.0 / 3
const Str = "hello"
const Ch = 'x'
const Truth = 3 > 2

type MyInt int
type MyFloat float64
type MyString string

func main() {
	fmt.Println(Small, Big/(1<<98))
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Third, Third*3 == 1)
	var f float64 = Big
	fmt.Println(f)
	var mi MyInt = 7
	var mf MyFloat = 2.5
	var ms MyString = Str + " world"
	fmt.Println(mi*2, mf*2, ms)
	fmt.Printf("%T %T %T %T %T\n", Ch, Truth, Small, Third, Str)
	x := 10 / 4
	y := 10 / 4.0
	z := 10.0 / 4
	fmt.Println(x, y, z)
	var r rune = Ch + 1
	fmt.Println(r, string(r))
	const h = 'a' + 1
	fmt.Printf("%v %c\n", h, h)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var u8 uint8 = 255 + 1 - 1
	fmt.Println(u8)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0)
	var i64 int64 = 1 << 62
	fmt.Println(i64)
	fmt.Println(7.0/2, 7/2, 7/2.0, 7%3)
	fmt.Println(Truth && !false)
	d := 1e3
	fmt.Printf("%T %v\n", d, d)
	const typed int32 = 1 << 30
	fmt.Printf("%T %v\n", typed/2*3, typed/2*3)
}

// run

package main

import "fmt"

func main() {
	var i int = -1
	fmt.Println(uint8(i), uint16(i), uint32(i), uint64(i), uint(i))
	var big int64 = 0x123456789ABCDEF0
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var i8 int8 = -100
	fmt.Println(uint8(i8), uint32(i8), uint64(i8), int64(i8))
	var u32 uint32 = 4000000000
	fmt.Println(int32(u32), int64(u32), int(u32))

	// byte and rune are aliases
	var by byte = 'A'
	var r rune = 'é'
	fmt.Println(by, r, uint8(by) == by, int32(r) == r)
	fmt.Println(byte(r), rune(by)+1)

	// conversions between named types
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, f)

	type ID uint16
	id := ID(65535)
	id++
	fmt.Println("ID wrapped:", id)

	// uintptr arithmetic
	var p uintptr = 4096
	p += 8
	fmt.Println(p, p%8 == 0)
}

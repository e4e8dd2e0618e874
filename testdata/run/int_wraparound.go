// run

package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1:", a)
	a--
	fmt.Println("int8 back:", a)
	var b int8 = -128
	b--
	fmt.Println("int8 -128-1:", b)
	b = -128
	fmt.Println("int8 -(-128):", -b)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1:", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1:", u8)

	var i16 int16 = 32767
	i16 += 10
	fmt.Println("int16:", i16)
	var u16 uint16 = 65535
	u16 *= 3
	fmt.Println("uint16*3:", u16)

	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println("int32 max+1:", i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 1<<31 * 2:", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1:", i64)
	var u64 uint64 = 18446744073709551615
	u64 += 2
	fmt.Println("uint64 max+2:", u64)

	x := 1
	for i := 0; i < 70; i++ {
		x *= 3
	}
	fmt.Println("3^70 mod 2^64 (signed):", x)

	var m int = -9223372036854775808
	fmt.Println("minint * -1:", m*-1)
	fmt.Println("minint - 1:", m-1)

	var uu uint = 0
	uu -= 1
	fmt.Println("uint 0-1:", uu)
	var up uintptr = 0
	up--
	fmt.Println("uintptr 0-1:", up)

	// hash-like mixing with wraparound
	h := uint32(2166136261)
	for _, c := range []byte("hello, world") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32a:", h)
	var hs int32 = int32(h)
	fmt.Println("as int32:", hs)
}

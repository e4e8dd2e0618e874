// run

package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 7, 31, 32, 63, 64, 65, 200} {
		fmt.Println("1<<", s, "=", x<<s)
	}
	var neg int = -16
	for _, s := range []uint{0, 1, 2, 4, 5, 63, 64, 100} {
		fmt.Println("-16>>", s, "=", neg>>s)
	}
	var u uint64 = 0xF000000000000000
	for _, s := range []uint{1, 4, 60, 63, 64, 70} {
		fmt.Println("u>>", s, "=", u>>s)
	}
	var b uint8 = 0x81
	fmt.Println("uint8 0x81<<1 =", b<<1)
	fmt.Println("uint8 0x81>>1 =", b>>1)
	s8, s9 := 8, 9
	fmt.Println("uint8 <<8 =", b<<s8)
	var i8 int8 = -128
	fmt.Println("int8 -128>>7 =", i8>>7)
	fmt.Println("int8 -128>>9 =", i8>>s9)
	one := int8(1)
	fmt.Println("int8 1<<7 =", one<<7)

	// signed shift count (allowed since Go 1.13)
	var sc int = 3
	fmt.Println("5<<sc =", 5<<sc)
	var sc8 int8 = 2
	fmt.Println("100>>sc8 =", 100>>sc8)

	// constant shifts
	const big = 1 << 100
	fmt.Println("big>>98 =", big>>98)
	fmt.Println("1<<62 =", 1<<62)
	var f float64 = 1 << 10
	fmt.Println("float from const shift:", f)

	// shift assignment ops
	y := 3
	y <<= 4
	fmt.Println("y <<= 4:", y)
	y >>= 2
	fmt.Println("y >>= 2:", y)
	var z uint32 = 0xdeadbeef
	z = z<<8 | z>>24
	fmt.Printf("rotl8: %#x\n", z)
}

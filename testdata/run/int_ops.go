// run

package main

import "fmt"

func main() {
	a, b := 0x5A, 0x0F
	fmt.Println("and", a&b, "or", a|b, "xor", a^b, "andnot", a&^b)
	fmt.Println("not a", ^a, "neg a", -a, "plus", +a)
	var u uint8 = 0x5A
	fmt.Println("^uint8", ^u)
	var u32 uint32 = 1
	fmt.Println("^uint32(1)", ^u32)
	fmt.Println("-uint32(1)", -u32)

	x := 12345
	x &^= 0xF0
	fmt.Println("x &^= 0xF0:", x)
	x |= 0x100000
	fmt.Println("x |= :", x)
	x ^= x >> 3
	fmt.Println("x ^= x>>3:", x)
	x %= 1000
	fmt.Println("x %= 1000:", x)
	x -= 2000
	fmt.Println("x -= 2000:", x)
	x *= -3
	fmt.Println("x *= -3:", x)

	// comparisons
	var i8 int8 = -1
	var u8 uint8 = 255
	fmt.Println(i8 < 0, u8 > 0, int(i8) == -1, uint8(i8) == u8)

	// popcount and bit tricks
	n := uint64(0xF0F0F0F0F0F0F0F1)
	c := 0
	for v := n; v != 0; v &= v - 1 {
		c++
	}
	fmt.Println("popcount:", c)
	fmt.Println("lowest bit:", n&-n)

	// gcd / lcm
	g := gcd(462, 1071)
	fmt.Println("gcd:", g, "lcm:", 462/g*1071)

	// sum of squares with int64 accumulation
	var s int64
	for i := int64(1); i <= 1000; i++ {
		s += i * i
	}
	fmt.Println("sum squares:", s)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

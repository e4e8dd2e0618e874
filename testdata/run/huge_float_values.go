package main

import "fmt"

// Constants with exponents too large for exact fractions still divide,
// compare and round correctly.
const n = 3e600000000
const d = 1.5e599999999
const tiny = 1e-700000
const third = 1e5000 / 3e5000

func main() {
	x := n / d
	fmt.Println(x == 20, int(n/d))
	var t float64 = tiny
	var f32 float32 = tiny * 1e-5
	fmt.Println(t == 0, f32 == 0, n > d, -n < d)
	fmt.Println(third)
	const k = 1e3000 / 1e2999 // 10, even when the quotient is a big float
	var arr [k]int
	fmt.Println(len(arr), 0x1p-1000000*0x1p1000000)
}

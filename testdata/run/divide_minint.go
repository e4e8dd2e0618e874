// run

package main

import "fmt"

//go:noinline
func div64(a, b int64) (int64, int64) { return a / b, a % b }

func div32(a, b int32) (int32, int32) { return a / b, a % b }

func div8(a, b int8) (int8, int8) { return a / b, a % b }

func main() {
	q, r := div64(-9223372036854775808, -1)
	fmt.Println("minint64 / -1:", q, r)
	q32, r32 := div32(-2147483648, -1)
	fmt.Println("minint32 / -1:", q32, r32)
	q8, r8 := div8(-128, -1)
	fmt.Println("minint8 / -1:", q8, r8)

	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}, {100, 7}, {-100, 7}}
	for _, p := range pairs {
		fmt.Println(p[0], "/", p[1], "=", p[0]/p[1], " ", p[0], "%", p[1], "=", p[0]%p[1])
	}
	var u uint = 17
	var d uint = 5
	fmt.Println("uint:", u/d, u%d)
	var ub uint8 = 250
	fmt.Println("uint8:", ub/7, ub%7)

	x := -9223372036854775808
	m := -1
	x /= m
	fmt.Println("op= minint:", x)
	y := -9223372036854775808
	y %= m
	fmt.Println("op%= minint:", y)

	// division by powers of two on negatives (truncation, not floor)
	for _, v := range []int{-1, -2, -3, -8, -9} {
		fmt.Println(v, "/4 =", v/4, " %4 =", v%4, " >>2 =", v>>2)
	}
}

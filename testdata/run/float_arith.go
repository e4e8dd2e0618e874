// run

package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf+ninf, inf*0, inf-inf)
	fmt.Println(inf == inf, -inf == ninf)

	// float32 rounding
	var a float32 = 16777216
	a += 1
	fmt.Println("float32 2^24+1:", a)
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println("sum 0.1 x1000:", s32, s64)

	// float to int conversions truncate toward zero
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9, 123456.999} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	f1, f2 := 200.7, 3.99
	fmt.Println(uint8(f1), uint(f2))

	// int to float
	big := int64(1) << 62
	fmt.Println(float64(big), float32(big))
	fmt.Println(float64(9007199254740993))

	// division, modulo-like with floats
	x := 7.5
	y := 2.0
	fmt.Println(x/y, x*y, x-y, x+y, -x)
	x /= 3
	fmt.Println(x)

	// comparisons
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	const c = 0.1 + 0.2
	fmt.Println(c == 0.3)

	// negative zero
	nz := -zero
	fmt.Println(nz == 0, 1/nz)

	// Newton's sqrt
	r := 2.0
	g := 1.0
	for i := 0; i < 20; i++ {
		g = (g + r/g) / 2
	}
	fmt.Println("sqrt2:", g)
	fmt.Printf("%.15f\n", g)
}

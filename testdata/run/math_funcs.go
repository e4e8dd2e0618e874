// math compiled from $GOROOT/src, with its amd64 assembly in the native
// overlay (runtime/overlay_math.c) and gc's intrinsics: every result as gc's.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, -0.0, 1, -1, 0.5, 2.5, -2.5, 1e-310, 1e300, math.Pi, math.E, math.Inf(1), math.Inf(-1), math.NaN(), 709.5, -745.2, 123.456}
	for _, x := range xs {
		fmt.Println(x, math.Exp(x), math.Log(x), math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Abs(x))
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Pow(x, 1.5), math.Hypot(x, 3), math.Max(x, 1), math.Min(x, 1))
		fmt.Println(math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x), math.Cbrt(x), math.Erf(x), math.Gamma(x), math.Float64bits(x))
		fr, ex := math.Frexp(x)
		fmt.Println(fr, ex, math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.Mod(x, 3), math.Remainder(x, 3), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Nextafter(1, 2), math.FMA(2, 3, 4))
}

// run

package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 1.5, 0.1, 100, -2.25, 1e20, 1e21, 1e-4, 1e-5, 123456789, 1.0 / 3, 2.0 / 3, 3.0, 1e100, 5e-324, 1.7976931348623157e308}
	for _, v := range vals {
		fmt.Println(v)
	}
	for _, v := range vals[:10] {
		fmt.Printf("%v|%f|%.2f|%e|%g|%8.3f|%-8.1f|%E\n", v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(float32(1)/3, float32(16777217))
	fmt.Printf("%.3e %.0f %.1f %5.2f%%\n", 123456.789, 2.5, 0.05, 99.555)
	fmt.Printf("%6.2f|%-6.2f|%06.2f|%+.1f\n", 3.14159, 3.14159, 3.14159, 2.0)
	fmt.Println(fmt.Sprint(1e6), fmt.Sprint(1e-7), fmt.Sprint(12345.678))
	var negz = 0.0
	negz = -negz
	fmt.Println("negative zero:", negz)
	fmt.Printf("%g %g %g\n", 1e-10, 123456789.0, 0.000012345)
	fmt.Printf("%.3g %.10g\n", 3.14159265, 3.14159265)
}

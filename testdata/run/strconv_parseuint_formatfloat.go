package main

// strconv.ParseUint (bases, bit sizes, range and syntax errors) and
// strconv.FormatFloat, as Go's.

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "ff", "18446744073709551615", "18446744073709551616", "-1", "", "1_000", "0x1f"} {
		for _, base := range []int{0, 10, 16} {
			v, err := strconv.ParseUint(s, base, 64)
			fmt.Println(s, base, v, err)
		}
	}
	v, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(v, err)
	for _, f := range []float64{0, 1.5, -2.25e-7, 1e21, 3.141592653589793} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
}

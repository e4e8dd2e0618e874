package main

// strconv.ParseFloat as Go's: decimal and hex mantissas, underscores only
// after a base prefix, inf/infinity/nan, range errors on overflow only,
// float32 rounding, and the syntax errors.

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1.5", "-0", "1e23", "1e400", "-1e400", "1e-400", "4.9e-324", "0x1p-2", "0x1.8p3", "0x1", "0x_1p0", "1_000.5", "0x1_0p0", "inf", "-Infinity", "+nan", "nan", "NaN", "infin", ".5", "5.", ".", "", "1e", "1e+", "1.5x", " 1", "0x", "0xp1", "3.4028235e38", "3.5e38", "1e-50"} {
		v, err := strconv.ParseFloat(s, 64)
		w, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, v, err, w, err32)
	}
}

// run

package main

import (
	"fmt"
	"strconv"
)

func sign(x int) string {
	if x > 0 {
		return "+"
	} else if x < 0 {
		return "-"
	} else {
		return "0"
	}
}

func main() {
	for _, x := range []int{5, -3, 0} {
		fmt.Print(sign(x))
	}
	fmt.Println()
	if n, err := strconv.Atoi("12"); err == nil {
		fmt.Println("parsed", n)
	} else {
		fmt.Println("error", err)
	}
	if n, err := strconv.Atoi("x"); err != nil {
		fmt.Println("failed with n =", n)
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("missing, zero value", v)
	}
	x := 10
	if x := 5; x < 10 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if y := x * 2; y > 15 {
		fmt.Println("y big", y)
	} else if z := y + 1; z > 5 {
		fmt.Println("z", z, y)
	} else {
		fmt.Println("else", y, z)
	}
	b := x > 5 && x < 20
	if b {
		fmt.Println("in range")
	}
	if !b {
		fmt.Println("never")
	}
}

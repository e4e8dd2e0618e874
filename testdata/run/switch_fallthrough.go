// run

package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
		fallthrough
	default:
		out = append(out, "non-positive")
	}
	return out
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("1")
		fallthrough
	case 2:
		fmt.Println("2")
		fallthrough
	case 3:
		fmt.Println("3 (fell through)")
		fallthrough
	case 100:
		fmt.Println("100 (fell through, case value not checked)")
	case 4:
		fmt.Println("4 not reached")
	}
	switch "b" {
	case "a":
	case "b":
		fallthrough
	default:
		fmt.Println("default reached by fallthrough")
	}
}

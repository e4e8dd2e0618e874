// run

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 10
	for j > 0 {
		j -= 3
	}
	fmt.Println("j", j)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println("k", k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 4; i++ {
	}
	fmt.Println("i after loop", i)
	n := 0
	for n < 3 {
		n++
	}
	fmt.Println("n", n)
	// continue skips
	for x := 0; x < 10; x++ {
		if x%3 != 0 {
			continue
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	// descending loop with unsigned: careful termination
	for u := uint(3); u < 10; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
	// nested with shared counter
	total := 0
	for a := 1; a <= 10; a++ {
		for b := a; b <= 10; b++ {
			total += a * b
		}
	}
	fmt.Println("total", total)
	// loop variable modified inside the body
	for q := 0; q < 10; q++ {
		q += 2
		fmt.Print(q, " ")
	}
	fmt.Println()
}

// run

package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// break out of a switch inside a loop
	n := 0
loop:
	for {
		switch {
		case n > 4:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)
	// plain break inside switch only leaves the switch
	count := 0
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		}
		count++
	}
	fmt.Println("count =", count)
	// labeled range loops
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	// labeled continue in a range over a map-free structure
	words := []string{"apple", "bob", "kayak", "go"}
rows:
	for _, w := range words {
		for i := 0; i < len(w)/2; i++ {
			if w[i] != w[len(w)-1-i] {
				continue rows
			}
		}
		fmt.Println("palindrome:", w)
	}
	// labeled block with break
	x := 0
block:
	for x < 100 {
		x += 7
		if x%5 == 0 {
			break block
		}
	}
	fmt.Println("x =", x)
}

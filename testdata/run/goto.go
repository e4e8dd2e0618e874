// run

package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
}

func find(xs []int, target int) int {
	i := 0
	var v int
next:
	if i >= len(xs) {
		goto notfound
	}
	v = xs[i]
	if v == target {
		goto found
	}
	i++
	goto next
found:
	return i
notfound:
	return -1
}

func main() {
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Println(n, collatz(n))
	}
	fmt.Println(find([]int{5, 3, 9}, 9), find([]int{5, 3, 9}, 4))
	i := 0
loop:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto loop
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}

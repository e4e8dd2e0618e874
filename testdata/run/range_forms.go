// run

package main

import "fmt"

func main() {
	sl := []string{"a", "b", "c"}
	for i := range sl {
		fmt.Print(i)
	}
	for i, v := range sl {
		fmt.Print(" ", i, v)
	}
	for _, v := range sl {
		fmt.Print(" ", v)
	}
	for range sl {
		fmt.Print(".")
	}
	fmt.Println()
	// range expression evaluated once; appending during range doesn't extend it
	nums := []int{1, 2, 3}
	for i, v := range nums {
		nums = append(nums, v*10)
		if i > 10 {
			break
		}
	}
	fmt.Println(nums)
	// modifying elements during range over a slice is visible
	vals := []int{1, 2, 3, 4}
	for i, v := range vals {
		if i+1 < len(vals) {
			vals[i+1] += v
		}
	}
	fmt.Println(vals)
	// arrays
	arr := [4]int{10, 20, 30, 40}
	s := 0
	for _, v := range arr {
		s += v
	}
	fmt.Println(s)
	// pointer to array
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr)
	// strings (runes)
	for i, r := range "añb" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	// map, sorted output via counting
	m := map[int]bool{3: true, 1: true, 2: true}
	sum := 0
	for k := range m {
		sum += k
	}
	fmt.Println(sum)
	// assignment to existing variables
	var idx int
	var val string
	for idx, val = range sl {
	}
	fmt.Println(idx, val)
	// nil slice and nil map
	var ns []int
	var nm map[string]int
	for range ns {
		fmt.Println("no")
	}
	for range nm {
		fmt.Println("no")
	}
	// range over a function call result: evaluated once
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls", calls)
}

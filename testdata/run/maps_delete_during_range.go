// run

package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * i
	}
	// deleting during range is allowed; deleted entries not yet reached are not produced
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k%2 == 1 || v != k*k {
			fmt.Println("bad entry", k, v)
		}
		sum += k
	}
	fmt.Println(sum)
	// delete everything while iterating
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	// reuse after emptying
	for i := 0; i < 50; i++ {
		m[i] = -i
	}
	fmt.Println(len(m), m[49])
	// deleting other keys during iteration: each key seen at most once, deleted keys never after deletion
	m2 := map[int]bool{}
	for i := 0; i < 200; i++ {
		m2[i] = true
	}
	visited := 0
	for k := range m2 {
		visited++
		delete(m2, k^1) // delete the partner
	}
	fmt.Println(len(m2), visited == len(m2))
	// values updated during iteration are seen with the current value
	m3 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range m3 {
		m3[k] *= 10
	}
	fmt.Println(m3)
}

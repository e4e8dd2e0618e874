// run

package main

import "fmt"

type Matrix [2][2]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

type Holder struct {
	vals [3]int
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	// range over an array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	// range over a pointer to array does not copy
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	// arrays in structs copied along
	h1 := Holder{[3]int{1, 2, 3}}
	h2 := h1
	h2.vals[0] = 9
	fmt.Println(h1, h2)
	// array comparison
	fmt.Println(a == [4]int{2, 4, 6, 8}, h1 == h2, [0]int{} == [0]int{})
	var m Matrix
	m[0][1] = 5
	n := m
	n[0][1] = 6
	fmt.Println(m, n, m != n)
	// array literal forms
	d := [...]string{2: "two", 5: "five"}
	fmt.Println(len(d), d)
	e := [5]int{1, 2}
	fmt.Println(e, len(e), cap(e))
	// arrays as map values are copied
	mp := map[string][2]int{"k": {1, 2}}
	v := mp["k"]
	v[0] = 50
	fmt.Println(mp["k"], v)
}

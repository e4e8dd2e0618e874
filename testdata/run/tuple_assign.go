// run

package main

import "fmt"

func idx(name string, i int) int {
	fmt.Print(name, " ")
	return i
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 1, 99 // index evaluated before assignment
	fmt.Println(i, s)
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	// evaluation order: index operands left to right, then assignments
	arr := []int{0, 0, 0, 0}
	arr[idx("L1", 0)], arr[idx("L2", 1)] = idx("R1", 5), idx("R2", 6)
	fmt.Println(arr)
	// fibonacci with tuple assignment
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0, f1)
	// struct fields and map entries
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m["a"], m["b"])
	// blank identifier
	_, second := 1, 2
	fmt.Println(second)
	var u, v int = 5, 6
	var w, t = "w", 3.5
	fmt.Println(u, v, w, t)
	// redeclaration in := with at least one new variable
	u, n := 50, 60
	fmt.Println(u, n)
	// pointer swap
	pa, pb := &a, &b
	*pa, *pb = *pb, *pa
	fmt.Println(a, b)
}

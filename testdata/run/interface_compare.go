// run

package main

import "fmt"

type K struct {
	A int
	B string
}

type N int

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1, "k"}, K{1, "k"}
	fmt.Println(a == b)
	a, b = K{1, "k"}, K{2, "k"}
	fmt.Println(a == b)
	a, b = N(3), 3
	fmt.Println(a == b, a == N(3))
	p := &K{}
	a, b = p, p
	fmt.Println(a == b)
	a, b = &K{}, &K{}
	fmt.Println(a == b)
	a = 2.5
	fmt.Println(a == 2.5, a != 2.5)
	var s fmt.Stringer
	var e interface{} = s
	fmt.Println(e == nil)
	vals := []interface{}{1, "1", 1.0, true, nil, K{}, [2]int{1, 2}}
	for i, x := range vals {
		for j, y := range vals {
			if i < j && x == y {
				fmt.Println("equal:", i, j)
			}
		}
	}
	fmt.Println(vals[6] == [2]int{1, 2}, vals[4] == nil)
}

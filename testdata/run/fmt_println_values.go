// run

package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	Any   interface{}
	Err   error
	F     float64
	Flags [3]bool
}

type Tree struct {
	Val         int
	Left, Right *Tree
}

func main() {
	fmt.Println(1, "a", 2.5, true, 'x', nil)
	fmt.Println([]int{}, []string{"a", "b"}, [2]int{}, map[int]string{})
	var ns []int
	var nm map[string]int
	var np *Inner
	var ni interface{}
	var ne error
	fmt.Println(ns, nm, np, ni, ne)
	o := Outer{In: Inner{1, "x"}, List: []Inner{{2, "y"}, {3, ""}}, M: map[string]int{"z": 26, "a": 1}, Any: Inner{4, "w"}, F: 0.5}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println(&Inner{5, "p"}, &[]int{1}, &[2]string{"q", "r"}, &map[string]int{"m": 1})
	t := &Tree{Val: 1}
	fmt.Println(t.Left == nil, *t)
	fmt.Println(struct{}{}, [0]int{}, [][]int{{1}, {}, nil})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[int]map[int]bool{2: {1: true}, 1: {}})
	fmt.Println([]interface{}{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, Inner{6, "six"}})
	fmt.Println(int8(-1), uint16(65535), float32(2.5), 1e21, 1e20, -0.0)
	fmt.Println([]float64{1, 0.5, 1e-7}, []bool{true, false})
	fmt.Println([]byte("AB"), []rune("AB"), byte('A'), rune('A'))
	fmt.Println("multi", "args", "with", "spaces")
	fmt.Println()
	fmt.Println("")
	fmt.Println("end")
}

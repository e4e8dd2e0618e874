// run

package main

import "fmt"

func main() {
	fmt.Print("a", 1, 2, "b", "c", 3.5, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", "y", "\n")
	fmt.Print(true, false, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	s := fmt.Sprint("a", 1, 2, "b")
	fmt.Println(s, len(s))
	s = fmt.Sprint(1, 2)
	fmt.Println(s)
	s = fmt.Sprintln("x", 1, 2)
	fmt.Print(s)
	fmt.Println(len(s))
	s = fmt.Sprint()
	fmt.Println(len(s))
	s = fmt.Sprintf("%d+%d=%d", 1, 2, 3)
	fmt.Println(s)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "abc")
	fmt.Println(n, err)
	n, err = fmt.Print("xyz\n")
	fmt.Println(n, err)
	type T struct{ A, B int }
	fmt.Print(T{1, 2}, T{3, 4}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print(1.5, 2, "\n")
}

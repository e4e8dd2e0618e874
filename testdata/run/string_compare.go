// run

package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "app", "apples", "banana", "", "b", "äpfel", "zebra", "a"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			fmt.Printf("%q<%q=%v %q==%q=%v %q>=%q=%v\n", a, b, a < b, a, b, a == b, a, b, a >= b)
		}
	}
	// simple insertion sort of strings
	s := append([]string(nil), words...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	fmt.Printf("%q\n", s)
	x := "hel"
	y := x + "lo"
	fmt.Println(y == "hello", y != "hello", y <= "hello", y > "hell")
	switch y {
	case "hi":
		fmt.Println("hi")
	case "hello":
		fmt.Println("matched hello")
	}
}

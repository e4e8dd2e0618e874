// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	l, c := 5, 2
	s := make([]int, l, c)
	fmt.Println(s)
	fmt.Println("not reached")
}

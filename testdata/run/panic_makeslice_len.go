// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	n := -1
	s := make([]int, n)
	fmt.Println(s)
	fmt.Println("not reached")
}

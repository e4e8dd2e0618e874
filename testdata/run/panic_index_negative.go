// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := make([]int, 3)
	i := -1
	s[i] = 1
	fmt.Println("not reached")
}

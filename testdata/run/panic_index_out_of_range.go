// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := []int{1, 2, 3}
	i := 5
	fmt.Println(s[i])
	fmt.Println("not reached")
}

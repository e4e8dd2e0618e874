// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	fmt.Println(s[lo:hi])
	fmt.Println("not reached")
}

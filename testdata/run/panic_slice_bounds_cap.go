// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := make([]int, 2, 3)
	hi := 5
	fmt.Println(s[1:hi])
	fmt.Println("not reached")
}

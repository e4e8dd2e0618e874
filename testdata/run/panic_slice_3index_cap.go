// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := make([]int, 3)
	m := 5
	fmt.Println(s[0:1:m])
	fmt.Println("not reached")
}

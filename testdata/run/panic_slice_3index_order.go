// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := make([]int, 5)
	j, k := 3, 2
	fmt.Println(s[0:j:k])
	fmt.Println("not reached")
}

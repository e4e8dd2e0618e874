// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var f func(int) int
	fmt.Println(f == nil)
	fmt.Println(f(1))
	fmt.Println("not reached")
}

// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	a, b := 10, 0
	fmt.Println(a / b)
	fmt.Println("not reached")
}

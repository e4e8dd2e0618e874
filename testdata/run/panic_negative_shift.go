// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	s := -1
	fmt.Println(1 << s)
	fmt.Println("not reached")
}

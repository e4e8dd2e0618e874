// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	defer func() {
		panic("second")
	}()
	panic("first")
}

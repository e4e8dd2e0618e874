// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var i interface{}
	fmt.Println(i.(int))
	fmt.Println("not reached")
}

// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var i interface{} = 42
	s := i.(string)
	fmt.Println(s)
	fmt.Println("not reached")
}

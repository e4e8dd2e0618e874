// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var i interface{} = 7
	s := i.(fmt.Stringer)
	fmt.Println(s)
	fmt.Println("not reached")
}

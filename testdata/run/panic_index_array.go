// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var a [4]string
	for i := 0; i <= len(a); i++ {
		a[i] = "x"
		fmt.Println("set", i)
	}
	fmt.Println("not reached")
}

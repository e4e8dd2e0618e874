// run

package main

import "fmt"

type T struct{ X, Y int }

func main() {
	fmt.Println("start")
	var p *T
	fmt.Println(p == nil)
	fmt.Println(p.X)
	fmt.Println("not reached")
}

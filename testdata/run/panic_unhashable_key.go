// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	m := map[interface{}]int{}
	m[1] = 1
	var k interface{} = []int{1}
	m[k] = 2
	fmt.Println("not reached")
}

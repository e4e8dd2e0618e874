// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	var m map[string]int
	fmt.Println(m["read is fine"], len(m))
	m["x"] = 1
	fmt.Println("not reached")
}

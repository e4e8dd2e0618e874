// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred 1 runs before the crash")
	defer func() {
		fmt.Println("deferred 2 runs, recover not called")
	}()
	var a []int
	idx := 3
	a[idx]++
	fmt.Println("not reached")
}

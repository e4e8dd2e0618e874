// run

package main

import "fmt"

func main() {
	fmt.Println("start")
	defer func() {
		r := recover()
		panic(fmt.Sprint("re: ", r))
	}()
	panic("first")
}

// run

package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Println("start")
	v := T{1, "x"}
	panic(fmt.Sprintf("bad value %d: %+v", 42, v))
}

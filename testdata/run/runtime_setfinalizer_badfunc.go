package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }
type U struct{ x int }

func main() {
	t := &T{1}
	fmt.Println("before")
	runtime.SetFinalizer(t, func(*U) {})
	fmt.Println("after")
}

package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("before")
	runtime.SetFinalizer(42, func(int) {})
	fmt.Println("after")
}

package main

import (
	"errors"
	"fmt"
	"runtime"
)

// The run-time panics' values implement runtime.Error (error plus
// RuntimeError()); a program's own errors do not.

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			re.RuntimeError()
			fmt.Println(name, "runtime.Error:", re.Error())
		} else {
			fmt.Println(name, "not a runtime.Error:", r)
		}
	}()
	f()
}

func main() {
	zero := 0
	var s []int
	var m map[string]int
	var e interface{} = 1
	try("divide", func() { fmt.Println(1 / zero) })
	try("index", func() { fmt.Println(s[zero+3]) })
	try("nil map", func() { m["k"] = 1 })
	try("assertion", func() { fmt.Println(e.(string)) })
	try("own error", func() { panic(errors.New("mine")) })
	try("string", func() { panic("text") })
}

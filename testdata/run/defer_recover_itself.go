package main

import "fmt"

// `defer recover()` recovers when the function that deferred it returns
// normally and was itself called directly by the panic; run by a panic's
// unwinding, it is called by the panic and recovers nothing.

func normalReturn() (out string) {
	defer func() { out = fmt.Sprint("after: ", recover()) }()
	defer func() {
		defer recover()
	}()
	panic("one")
}

func duringPanic() (out string) {
	defer func() { out = fmt.Sprint("after: ", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		defer recover()
		panic("three")
	}()
	panic("two")
}

func notDeferred() {
	defer recover()
	fmt.Println("no panic, nothing to recover")
}

func main() {
	fmt.Println(normalReturn())
	fmt.Println(duringPanic())
	notDeferred()
}

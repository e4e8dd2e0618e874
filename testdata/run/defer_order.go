// run

package main

import "fmt"

func f() {
	defer fmt.Println("f: deferred 1")
	defer fmt.Println("f: deferred 2")
	for i := 0; i < 3; i++ {
		defer fmt.Println("f: loop", i)
	}
	fmt.Println("f: body")
}

func g() (s string) {
	defer func() { s += " after" }()
	return "g"
}

func nested() {
	defer func() {
		fmt.Println("outer defer start")
		defer fmt.Println("inner defer")
		fmt.Println("outer defer end")
	}()
	fmt.Println("nested body")
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func resources() {
	for _, n := range []string{"a", "b", "c"} {
		t := T{n}
		defer t.Close()
	}
	fmt.Println("resources opened")
}

func main() {
	defer fmt.Println("main: last")
	f()
	fmt.Println(g())
	nested()
	resources()
	func() {
		defer fmt.Println("anon defer")
		fmt.Println("anon body")
	}()
	fmt.Println("main: end")
}

// run

package main

import "fmt"

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func show(label string, v int) { fmt.Println(label, v) }

type C struct{ n int }

func (c C) Val()  { fmt.Println("value receiver", c.n) }
func (c *C) Ptr() { fmt.Println("pointer receiver", c.n) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer show("deferred x (evaluated early):", x)
	defer func() { fmt.Println("closure sees x:", x) }()
	x = 2
	a()
	c := C{1}
	defer c.Val()
	defer c.Ptr()
	c.n = 2
	fn := func(s string) { fmt.Println("fn v1", s) }
	defer fn("arg")
	fn = func(s string) { fmt.Println("fn v2", s) }
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("param", n, "shared", i) }(i)
	}
	x = 3
}

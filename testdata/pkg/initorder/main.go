// Package initialisation order across packages: every package after the
// ones it imports, each package's variables by dependency, then its init
// functions in file order.
package main

import (
	"fmt"

	"example.com/initorder/b"
	"example.com/initorder/a"
)

var m = trace("main.m", a.A+b.B)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func init() { fmt.Println("main.init") }

func main() { fmt.Println("main", m, a.A, b.B, a.Log(), b.Log()) }

package c

import "fmt"

var Log []string

var C = trace("c.C", 3)

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	Log = append(Log, name)
	return v
}

func init() { fmt.Println("c.init") }

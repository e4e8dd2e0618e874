// run

package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	show()
	{
		x := "block"
		fmt.Println(x)
		{
			x = "modified block"
			fmt.Println(x)
		}
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	if x := 3.5; x > 0 {
		fmt.Println("if", x)
	}
	switch x := true; x {
	case true:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	// shadowing builtins and types is legal
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	type int32 string
	var v int32 = "named string type"
	fmt.Println(v)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
}

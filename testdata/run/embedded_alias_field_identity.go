package main

// An embedded field is named by the alias it is written with: struct{ int }
// and struct{ Int } (type Int = int) are different types at run time.

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y)
	fmt.Printf("%T %T %v\n", x, y, y)
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Println(x == y)
	fmt.Printf("%T %T\n", x, y)
}

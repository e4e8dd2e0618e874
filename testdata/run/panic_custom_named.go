// run

package main

import "fmt"

type MyString string

func main() {
	fmt.Println("start")
	panic(MyString("named"))
}

package main

// Struct types that differ only in their tags are different types at run
// time too: type switches, assertions, comparisons and %T tell them apart.

import "fmt"

type A struct {
	n int "one"
}

func kind(e interface{}) string {
	switch e.(type) {
	case struct{ n int }:
		return "plain"
	case struct {
		n int "one"
	}:
		return "one"
	case A:
		return "A"
	}
	return "?"
}

func main() {
	fmt.Println(kind(struct{ n int }{1}), kind(struct {
		n int "one"
	}{2}), kind(A{3}))
	var e interface{} = struct {
		n int "two\t\"x\""
	}{4}
	fmt.Printf("%T\n", e)
	fmt.Println(e == interface{}(struct{ n int }{4}))
	defer func() { fmt.Println(recover()) }()
	_ = e.(struct{ n int })
}

package main

// A function calling itself in tail position, endlessly: a stack overflow
// (exit 2), never an endless loop.

var calls int

func g() {
	calls++
	g()
}

func main() {
	g()
}

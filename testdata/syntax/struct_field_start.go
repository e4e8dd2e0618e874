// errorcheck

// minigo golden test: a struct left open before the next declaration

package main

type T struct {
	n int

func main() { // ERROR "syntax error: unexpected func, expecting field name or embedded type"
}

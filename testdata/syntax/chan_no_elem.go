// errorcheck

// minigo golden test: a channel type without its element type

package main

type S struct {
	a int
	c chan
} // ERROR "missing channel element type"

func f(c chan<-, n int) { // ERROR "missing channel element type"
}

func g(c <-chan) { // ERROR "missing channel element type"
}

func main() {}

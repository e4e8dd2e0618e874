// errorcheck

// minigo golden test: an interface method with type parameters is reported
// at its '[' (not as a syntax error), and the interface reads on

package main

type I interface {
	Get[K comparable](k int) int // ERROR "interface method must have no type parameters"
	Put(v int)
}

func main() {}

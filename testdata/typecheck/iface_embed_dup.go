// errorcheck

// Methods an interface gets from the interfaces it embeds: identical ones
// merge (Go 1.14), different signatures under one name are duplicates,
// reported at the embedding, with the other declaration.

package main

type A interface{ m() int }
type B interface{ m() string }
type C interface{ m() int }

type AC interface {
	A
	C
}

type AB interface {
	A
	B // ERROR "duplicate method m"
}

type MA interface {
	m() string
	A // ERROR "duplicate method m"
}

type Twice interface {
	n()
	n() // ERROR "duplicate method n"
}

func main() {
	var x interface {
		B
		A // ERROR "duplicate method m"
	}
	_ = x
	var y AC
	_ = y
}

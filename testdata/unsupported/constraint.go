// errorcheck

// minigo: a type constraint is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

type Number interface {
	~int | ~float64 // ERROR "type constraints not supported by minigo"
}

func main() {}

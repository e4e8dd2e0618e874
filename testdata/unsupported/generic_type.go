// errorcheck

// minigo: a generic type is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

type Box[T any] struct { // ERROR "generic types not supported by minigo"
	v T
}

func main() {}

// errorcheck

// minigo golden test: a type declaration whose type is missing

package main

type T = ; // ERROR "unexpected semicolon in type declaration"

type (
	A int
	B "b" // ERROR "unexpected literal \"b\" in type declaration"
)

func main() {}

// errorcheck

// minigo golden test: a method declaration with type parameters

package main

type T int

func (T) m[P any]() {} // ERROR "method must have no type parameters"

func main() {}

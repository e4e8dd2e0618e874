// errorcheck

// minigo golden test: a function type with type parameters

package main

var f func[T any]() // ERROR "function type must have no type parameters"

func main() {}

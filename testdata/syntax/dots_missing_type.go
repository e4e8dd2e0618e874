// errorcheck

// minigo golden test: a variadic parameter without its type

package main

func f(xs ...) {} // ERROR "... is missing type"

func main() {}

// errorcheck

// minigo golden test: named and unnamed parameters

package main

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

func main() {}

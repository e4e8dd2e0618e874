// errorcheck

// minigo golden test: a method with two receivers

package main

type T int

func (a, b T) m() {} // ERROR "method has multiple receivers"

func main() {}

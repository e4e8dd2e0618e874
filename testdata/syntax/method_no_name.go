// errorcheck

// minigo golden test: a method declaration whose name is missing

package main

type T int

func (t T) () {} // ERROR "unexpected \(, expecting name or \("

func main() {}

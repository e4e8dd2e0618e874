// errorcheck

// minigo golden test: an interface element that is neither a method nor a type

package main

type I interface {
	M()
	type // ERROR "unexpected type, expecting ~ term or type"
}

func main() {}

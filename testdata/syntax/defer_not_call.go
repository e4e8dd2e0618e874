// errorcheck

// minigo golden test: defer of something that is not a call

package main

func f() {}

func main() {
	defer f // ERROR "expression in defer must be function call"
}

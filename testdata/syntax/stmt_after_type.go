// errorcheck

// minigo golden test: a type used as a statement, then more on the line

package main

func main() {
	[]int x // ERROR "unexpected x at end of statement"
}

// errorcheck

// minigo golden test: a parameter list that holds no parameter

package main

func f(a int, { // ERROR "unexpected [{], expecting \)"
}

func main() {}

// errorcheck

// minigo golden test: a statement at top level

package main

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {}

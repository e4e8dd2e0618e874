// errorcheck

// minigo golden test: parameters without a comma

package main

func f(a int b int) {} // ERROR "syntax error: unexpected b in parameter list; possibly missing comma or \\)"

func main() {}

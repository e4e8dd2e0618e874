// errorcheck

// minigo golden test: a statement where a struct field's type should be

package main

type S struct{ n int
	st := S{1} // ERROR "syntax error: unexpected :=, expecting type"
} // ERROR "syntax error: non-declaration statement outside function body"

func main() {}

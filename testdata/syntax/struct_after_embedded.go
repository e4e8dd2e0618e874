// errorcheck

// minigo golden test: an assignment inside a struct type, after what
// parses as an embedded qualified type

package main

type Local struct {
	n int
	pt.X = 0 // ERROR "syntax error: unexpected = in struct type; possibly missing semicolon or newline or [}]"
}

func main() {}

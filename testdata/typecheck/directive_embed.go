// errorcheck

// minigo golden test: a var takes //go:embed, but only in a file that
// imports "embed" (which minigo does not bundle); the first directive is
// the error, the others of the same var go with it.  Elsewhere //go:embed
// is misplaced.

package main

//go:embed hello.txt // ERROR "go:embed only allowed in Go files that import \"embed\""
var s string

//go:embed a // ERROR "go:embed only allowed in Go files that import \"embed\""
//go:embed b
var t, u string

//go:embed c // ERROR "misplaced go:embed directive"
func main() {
	//go:embed d // ERROR "go:embed only allowed in Go files that import \"embed\""
	var w string
	_, _, _, _ = s, t, u, w
}

// errorcheck

// minigo golden test: //go: directives judged while parsing.  A directive
// must begin its line; one that waits in front of a statement, a grouping
// "(" or the end of a declaration is misplaced.  These are not syntax
// errors, so gc goes on to type-check the file: the type error below is
// reported too.

package main

//go:noinline // ERROR "misplaced compiler directive"
var (
	a int
)

func f() int {
	x := 1 //go:noinline // ERROR "misplaced compiler directive"
	//go:nosplit // ERROR "misplaced compiler directive"
	x++
	var s string = x // ERROR "cannot use x \(variable of type int\) as type string in variable declaration"
	_ = s
	//go:norace // ERROR "misplaced compiler directive"
	{
	}
	//go:unknown_verbs_are_ignored
	return x
	//go:noinline // ERROR "misplaced compiler directive"
}

//go:systemstack // ERROR "//go:systemstack only allowed in runtime"
func g() {}

//go:uintptrkeepalive // ERROR "//go:uintptrkeepalive is only allowed in the standard library"
func h() {}

func main() {}

// errorcheck

// minigo golden test: after an error in an argument list or a composite
// literal, gc skips to the next closing bracket of any kind; one that is
// not the list's own ends the list without being consumed

package main

func f(a ...int) int { return 0 }

func g() {
	x := f(f() // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	y := 1
}

func h() {
	x := f(1, 2 ] // ERROR "unexpected ] in argument list; possibly missing comma or \)"
	z := [][]int{{1 2}, {3}} // ERROR "unexpected literal 2 in composite literal; possibly missing comma or [}]"
	w := []int{1, 2 // ERROR "unexpected newline in composite literal; possibly missing comma or [}]"
	return // ERROR "unexpected return at end of statement"
	}
	_ = x // ERROR "non-declaration statement outside function body"
}

var v = ] // ERROR "unexpected ], expecting expression"

func main() {}

// errorcheck

// minigo golden test: a stray function body at top level costs one error:
// the parser skips to the next declaration keyword, as gc's does

package main

func main() {
}
	for i := 0; i < 3; i++ { // ERROR "syntax error: non-declaration statement outside function body"
		println(i)
		i++
	}
	println("done")
}

func f() {}

// errorcheck

// minigo golden test: else on its own line (the file ends with the function,
// so that gc and minigo recover alike)

package main

func main() {
	if true {
	}
	else { // ERROR "syntax error: unexpected else, expecting [}]"
	}

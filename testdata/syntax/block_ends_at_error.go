// errorcheck

// minigo golden test: a token that starts no statement ends the block, as
// in gc; after a function so ended, gc skips to the next declaration

package main

func f(x bool) {
	if x {
	}
	else { // ERROR "unexpected else, expecting [}]"
	}
	x = !x
}

func g() {
	for {
		case 1: // ERROR "unexpected case, expecting [}]"
	}
} // ERROR "non-declaration statement outside function body"

func h(x bool) {
	if x {
	}
	else // ERROR "unexpected else, expecting [}]"
	x = !x // ERROR "unexpected x after top level declaration"
}

var v = ] // ERROR "unexpected ], expecting expression"

func main() {}

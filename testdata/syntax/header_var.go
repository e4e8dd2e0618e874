// errorcheck

// minigo golden test: "var" opening an if/for/switch header is reported at
// the token after it, and the rest of the header is read as usual

package main

func main() {
	if var n = 2; n > 1 { // ERROR "var declaration not allowed in if initializer"
	}
	for var i = 0; i < 3; i++ { // ERROR "var declaration not allowed in for initializer"
	}
	switch var s = "x"; s { // ERROR "var declaration not allowed in switch initializer"
	}
}

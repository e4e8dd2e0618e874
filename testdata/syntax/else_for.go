// errorcheck

// minigo golden test: else followed by a for

package main

func main() {
	if true {
	} else for { // ERROR "syntax error: else must be followed by if or statement block"
	}
}

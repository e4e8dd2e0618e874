// errorcheck

// minigo golden test: a character no token starts with

package main

func main() {
	x := 1 # 2 // ERROR "invalid character U\\+0023 '#'" "unexpected literal 2 at end of statement"
	_ = x
}

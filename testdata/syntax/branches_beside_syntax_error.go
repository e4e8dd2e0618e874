// errorcheck

// minigo golden test: gc's parser checks the labels and branches of each
// function body that parsed cleanly, so those errors come with the syntax
// errors of other functions; a body with a syntax error is not checked.

package main

func f() {
	break // ERROR "break is not in a loop, switch, or select"
L: // ERROR "label L defined and not used"
	g := func() {
		goto M // ERROR "label M not defined"
	}
	_ = g
}

func h() {
	x := ) // ERROR "unexpected \), expecting expression"
	continue
}

func main() {}

// errorcheck

// minigo golden test: an if statement whose condition is followed by a
// newline instead of its block

package main

func main() {
	x := 1
	if x == 1 // ERROR "unexpected newline, expecting [{] after if clause"
	{
	}
}

// errorcheck

// minigo-only: gc accepts this program; minigo refuses what it does not provide.

package main

import "math" // ERROR "package math not supported by minigo"

func main() {
	_ = math.Pi
}

// errorcheck

// minigo-only: gc accepts this program; minigo refuses what it does not provide.

package main

import "regexp" // ERROR "package regexp not supported by minigo"

func main() {
	_ = regexp.MustCompile
}

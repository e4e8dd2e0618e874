// errorcheck

// minigo: cgo is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

import "C" // ERROR "cgo not supported by minigo"

func main() {}

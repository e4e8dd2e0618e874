// errorcheck

// minigo: package unsafe is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

import "unsafe" // ERROR "package unsafe not supported by minigo"

var _ = unsafe.Sizeof(0)

func main() {}

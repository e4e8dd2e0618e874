// errorcheck

// minigo: a generic function is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

func f[T any](x T) T { return x } // ERROR "generic functions not supported by minigo"

func main() {}

// errorcheck

// minigo: a channel type is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

var c chan int // ERROR "channel types not supported by minigo"

func main() {}

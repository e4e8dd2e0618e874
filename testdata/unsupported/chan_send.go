// errorcheck

// minigo: a channel send is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

func f(c chan<- int) { // ERROR "channel types not supported by minigo"
	c <- 1 // ERROR "channel send not supported by minigo"
}

func main() {}

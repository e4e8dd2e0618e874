// errorcheck

// minigo: a channel receive is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

func f(c chan int) int { // ERROR "channel types not supported by minigo"
	return <-c // ERROR "channel receive not supported by minigo"
}

func main() {}

// errorcheck

// minigo: a go statement is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

func f() {}

func main() {
	go f() // ERROR "go statement not supported by minigo"
}

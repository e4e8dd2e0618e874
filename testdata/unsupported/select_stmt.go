// errorcheck

// minigo: a select statement is outside the v1 subset; the parser reads it and says so
// at the construct (gc accepts these programs: no gc comparison here).

package main

func main() {
	select { // ERROR "select statement not supported by minigo"
	}
}

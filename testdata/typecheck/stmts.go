// errorcheck

package main

type T struct{}

func f() int { return 1 }

func main() {
	var i int
	1 + 2 // ERROR "1 \+ 2 \(untyped int constant 3\) is not used"
	i // ERROR "i \(variable of type int\) is not used"
	T // ERROR "T \(type\) is not an expression"
	defer len("a") // ERROR `defer discards result of len\("a"\) \(constant 1 of type int\)`
	defer int(1) // ERROR "defer requires function call, not conversion int\(1\) \(constant 1 of type int\)"
	f // ERROR "f \(value of type func\(\) int\) is not used"
	x := nil // ERROR "use of untyped nil in assignment"
	var y = nil // ERROR "use of untyped nil in variable declaration"
	i++
	"s"++ // ERROR `invalid operation: "s"\+\+ \(non-numeric type untyped string\)`
}

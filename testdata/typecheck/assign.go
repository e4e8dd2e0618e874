// errorcheck

package main

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }

const K = 3

func main() {
	var s string
	x := 1
	s = x // ERROR "cannot use x \(variable of type int\) as type string in assignment"
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var e int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	K = 4 // ERROR "cannot assign to K \(untyped int constant 3\)"
	"a" = s // ERROR `cannot assign to "a" \(untyped string constant\)`
	x, s = s, x // ERROR "cannot use s \(variable of type string\) as type int in assignment" "cannot use x \(variable of type int\) as type string in assignment"
	m := map[string]struct{ f int }{}
	m["a"].f = 1 // ERROR `cannot assign to struct field m\["a"\]\.f in map`
	_, _, _, _, _ = a, b, c, d, e
}

// errorcheck

package main

func f(a int, b string) {}
func g(xs ...int)        {}
func h() (int, int)      { return 1, 2 }

func main() {
	f(1) // ERROR "not enough arguments in call to f"
	f(1, "a", 3) // ERROR "too many arguments in call to f"
	g(1, 2, 3)
	g([]int{1}...)
	f(1, "a"...) // ERROR "cannot use \.\.\. in call to non-variadic f"
	var x int
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	f(h()) // ERROR "cannot use h\(\) \(value of type int\) as type string in argument to f"
	g(h()...) // ERROR "cannot use \.\.\. with 2-valued h\(\)"
	f(1, 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to f"
	g("a") // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to g`
}

// errorcheck

package main

type T struct{}

func (*T) M() {}

func main() {
	a := [3]int{}
	s := "abc"
	_ = a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	var i int
	_ = i[0] // ERROR "invalid operation: cannot index i \(variable of type int\)"
	_ = s[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	T{}.M() // ERROR "cannot call pointer method M on T"
	const c = "abc"
	_ = c[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
}

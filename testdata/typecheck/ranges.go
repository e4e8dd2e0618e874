// errorcheck

package main

func main() {
	var i int
	for range i { // ERROR "cannot range over i \(variable of type int\)"
	}
	for x := range 10 { // ERROR "cannot range over 10 \(untyped int constant\)"
		_ = x
	}
	var p *[]int
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	m := map[string]int{}
	var s string
	for s = range m {
	}
	for k, v := range m { // ERROR "v declared but not used"
		_ = k
	}
	_ = s
	var f func()
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\)"
	}
}

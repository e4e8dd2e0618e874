// errorcheck

package main

func main() {
	var m map[string]int
	var s []int
	var i int
	_ = len(i) // ERROR "invalid argument: i \(variable of type int\) for len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = append(i, 1) // ERROR "first argument to append must be a slice; have i \(variable of type int\)"
	_ = append(s, "a") // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to append`
	copy(s, i) // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and i \(variable of type int\)"
	delete(s, 1) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
}

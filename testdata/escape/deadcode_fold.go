// errorcheck -0 -m -l
// gc's deadcode before escape analysis: a condition folded through && and
// || with a constant operand (false && f(x) is false, true || ... is
// true) drops its dead arm and the calls in the condition itself; a
// switch on a constant with no matching case and no default drops every
// case.  Their allocations and callees are never analysed.
package main

const goos = "linux"

var sink interface{}

func mkdir(name string) error { // ERROR "name does not escape$"
	if goos == "windows" && isNul(name) {
		sink = &name
		return nil
	}
	if goos == "linux" || isNul(name) {
		return nil
	}
	sink = []byte(name)
	return nil
}

func open(kind int) {
	switch goos {
	case "darwin", "freebsd":
		sink = new(int)
	}
	if true && kind > 0 {
		sink = new([4]int) // ERROR "new\(\[4\]int\) escapes to heap$"
	}
}

func isNul(name string) bool { return len(name) == 3 } // ERROR "name does not escape$"

func main() {
	mkdir("x")
	open(1)
}

// run

package main

// print and println write to stderr; the test compares stderr's first line,
// so the interesting values are all printed on the first line.
func main() {
	var p *int
	var f32 float32 = 3
	print("print:", 1, -2, true, false, "|", 1.5, " ", -2.25, " ", 0.1, " ", 100.0, " ", f32, " ", 1e21, " ")
	print(uint64(18446744073709551615), " ", int8(-5), " ", 'a', " ", p == nil, " ", 0.0, " ")
	zero := 0.0
	print(1/zero, " ", -1/zero, " ", zero/zero, " ", -zero, "\n")
	println("hello from println", 42, true, 2.5)
	println()
	print("no newline")
	print("\n")
}

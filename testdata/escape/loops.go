// errorcheck -0 -m -l
package main

var sink *int

func loops(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR ": moved to heap: x$"
		p = &x
	}
	var q *int
	for i := 0; i < n; i++ {
		y := i // ERROR ": moved to heap: y$"
		q = &y
		_ = *q
	}
	for i := 0; i < n; i++ {
		r := new(int) // ERROR ": new\(int\) escapes to heap$"
		p = r
	}
	var arr [4]*int
	for i := range arr {
		arr[i] = new(int) // ERROR ": new\(int\) escapes to heap$"
	}
	return *p + *arr[0]
}

func gotoLoop() int {
	var p *int
	i := 0
L:
	z := i // ERROR ": moved to heap: z$"
	p = &z
	i++
	if i < 3 {
		goto L
	}
	return *p
}

func main() {
	_ = loops(3)
	_ = gotoLoop()
}

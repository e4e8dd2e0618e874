// errorcheck -0 -m -l
package main

// Size limits, the ... argument, recursion.

var sink interface{}
var psink *int

func bigVar() int {
	var a [10 << 20]byte
	var b [10<<20 + 1]byte // ERROR `moved to heap: b$`
	return int(a[0] + b[0])
}

func bigNew() int {
	p := new([64 << 10]byte) // ERROR `new\(\[65536\]byte\) does not escape$`
	q := new([64<<10 + 1]byte) // ERROR `new\(\[65537\]byte\) escapes to heap$`
	return int(p[0] + q[0])
}

func bigMake(n int) int {
	a := make([]byte, 64<<10) // ERROR `make\(\[\]byte, 64 << 10\) does not escape$`
	b := make([]byte, 64<<10+1) // ERROR `make\(\[\]byte, 64 << 10 \+ 1\) escapes to heap$`
	c := make([]byte, n) // ERROR `make\(\[\]byte, n\) escapes to heap$`
	return int(a[0] + b[0] + c[0])
}

func bigLit() int {
	p := &[64<<10 + 1]byte{} // ERROR `&\[65537\]byte\{\} escapes to heap$`
	return int(p[0])
}

func vsum(xs ...int) int { // ERROR `xs does not escape$`
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func vkeep(ps ...*int) { // ERROR `leaking param content: ps$`
	psink = ps[0]
}

func vstore(xs ...interface{}) { // ERROR `leaking param: xs$`
	sink = xs // ERROR `xs escapes to heap$`
}

func dots() int {
	a, b := 1, 2 // ERROR `moved to heap: a$` `moved to heap: b$`
	vkeep(&a, &b) // ERROR `\.\.\. argument does not escape$`
	vstore(1, "x") // ERROR `\.\.\. argument escapes to heap$` `1 escapes to heap$` `"x" escapes to heap$`
	s := []int{1, 2} // ERROR `\[\]int\{\.\.\.\} does not escape$`
	return vsum(1, 2, 3) + vsum(s...) + vsum() // ERROR `\.\.\. argument does not escape$`
}

func fact(n int, acc *int) *int { // ERROR `leaking param: acc to result ~r0 level=0$`
	if n <= 1 {
		return acc
	}
	*acc *= n
	return fact(n-1, acc)
}

func even(n int, p *int) bool { // ERROR `leaking param: p$`
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR `leaking param: p$`
	if n == 0 {
		psink = p
		return false
	}
	return even(n-1, p)
}

func recurse() {
	x := 1
	_ = fact(3, &x)
	y := 2 // ERROR `moved to heap: y$`
	_ = even(4, &y)
}

func main() {
	bigVar()
	bigNew()
	bigMake(3)
	bigLit()
	dots()
	recurse()
}

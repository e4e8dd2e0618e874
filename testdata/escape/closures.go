// errorcheck -0 -m -l
package main

var sinkf func() int

func callIt(f func() int) int { return f() } // ERROR ": f does not escape$"

func closures() int {
	a := 1
	b := 2
	var big [200]byte
	f := func() int { return a + int(big[0]) } // ERROR ": func literal does not escape$"
	_ = f()
	g := func() int { // ERROR ": func literal does not escape$"
		b++
		return b
	}
	_ = g()
	c := 3
	sinkf = func() int { return c } // ERROR ": func literal escapes to heap$"
	d := 4
	_ = callIt(func() int { return d }) // ERROR ": func literal does not escape$"
	e := 5
	e = 6
	h := func() int { return e } // ERROR ": func literal does not escape$"
	return h() + func() int { return a * 2 }() // ERROR ": func literal does not escape$"
}

func counter() func() int {
	n := 0 // ERROR ": moved to heap: n$"
	return func() int { // ERROR ": func literal escapes to heap$"
		n++
		return n
	}
}

func main() {
	_ = closures()
	_ = counter()
}

// errorcheck -0 -m
// Channel operations and select are inlinable in gc 1.19 (go statements are
// not): their costs, and the inlined bodies' escape verdicts.
package main

func s1(c chan int) { c <- 1 } // ERROR ": can inline s1$" ": c does not escape$"
func r1(c chan int) int { return <-c } // ERROR ": can inline r1$" ": c does not escape$"
func r2(c chan int) (int, bool) { v, ok := <-c; return v, ok } // ERROR ": can inline r2$" ": c does not escape$"
func sel1(a, b chan int) int { // ERROR ": can inline sel1$" ": a does not escape$" ": b does not escape$"
	select {
	case v := <-a:
		return v
	case v, ok := <-b:
		if ok {
			return v
		}
	case a <- 1:
	case <-b:
	default:
	}
	return 0
}
func sel2(a chan int) (x int) { // ERROR ": can inline sel2$" ": a does not escape$"
	select {
	case x = <-a:
	}
	return
}
func rng(c chan int) (s int) { // ERROR ": can inline rng$" ": c does not escape$"
	for v := range c {
		s += v
	}
	return
}
func cl(c chan int) { close(c) } // ERROR ": can inline cl$" ": c does not escape$"
func ln(c chan int) int { return len(c) + cap(c) } // ERROR ": can inline ln$" ": c does not escape$"
func mk() chan int { return make(chan int, 3) } // ERROR ": can inline mk$"
func g(f func()) { go f() } // ERROR ": leaking param: f$"

func main() {
	c := mk() // ERROR ": inlining call to mk$"
	s1(c) // ERROR ": inlining call to s1$"
	println(r1(c)) // ERROR ": inlining call to r1$"
	s1(c) // ERROR ": inlining call to s1$"
	println(r2(c)) // ERROR ": inlining call to r2$"
	println(sel1(c, c), sel2(c), ln(c)) // ERROR ": inlining call to sel1$" ": inlining call to sel2$" ": inlining call to ln$"
	cl(c) // ERROR ": inlining call to cl$"
	println(rng(c)) // ERROR ": inlining call to rng$"
	g(func() {}) // ERROR ": can inline main\.func1$" ": func literal escapes to heap$"
}

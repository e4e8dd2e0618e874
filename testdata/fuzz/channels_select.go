package main

func s1(c chan int) { c <- 1 }
func r1(c chan int) int { return <-c }
func r2(c chan int) (int, bool) { v, ok := <-c; return v, ok }
func sel1(a, b chan int) int {
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
func sel2(a chan int) (x int) {
	select {
	case x = <-a:
	}
	return
}
func rng(c chan int) (s int) {
	for v := range c {
		s += v
	}
	return
}
func cl(c chan int) { close(c) }
func ln(c chan int) int { return len(c) + cap(c) }
func mk() chan int { return make(chan int, 3) }
func g(f func()) { go f() }

func main() {
	c := mk()
	s1(c)
	println(r1(c))
	s1(c)
	println(r2(c))
	println(sel1(c, c), sel2(c), ln(c))
	cl(c)
	println(rng(c))
	g(func() {})
}

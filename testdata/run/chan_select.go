package main

import "fmt"

// select: default when nothing is ready, nil channels never chosen, a
// closed channel always ready, and every ready case taken sometimes.
func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case c <- 7:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 8:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case v, ok := <-c:
		fmt.Println("recv", v, ok)
	case nilc <- 1:
		fmt.Println("nil send?")
	case <-nilc:
		fmt.Println("nil recv?")
	}
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("done is closed")
	case <-nilc:
	}
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na > 10, nb > 10)
	x := 0
	results := make(chan string, 3)
loop:
	for {
		select {
		case results <- fmt.Sprint("r", x):
			x++
		default:
			break loop
		}
	}
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

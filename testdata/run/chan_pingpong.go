package main

import "fmt"

// Two goroutines hand a counter back and forth over unbuffered channels:
// every send meets its receive, so the order is fixed.
func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
		close(done)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Println("round", i, "value", v)
	}
	close(ping)
	<-done
	_, ok := <-pong
	fmt.Println("closed pong?", ok, "len", len(pong), "cap", cap(pong))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
}

// bench: default N=2000000, quick N=1000
//
// chanpingpong: two goroutines pass a counter back and forth over two
// unbuffered channels: every round trip is two hand-offs, each a park of
// one goroutine and a wake of the other (runtime/chan.c's direct send).

package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("rounds", n, "value", v, "closed", !ok)
}

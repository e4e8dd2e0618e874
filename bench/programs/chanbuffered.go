// bench: default N=20000000, quick N=10000
//
// chanbuffered: a producer and a consumer through a channel with a buffer
// of 128 ints, and a fan-in of four producers into one consumer: the
// buffered path of chansend/chanrecv, and parking when the buffer is full
// or empty.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func produce(c chan<- int, from, n int, done chan<- bool) {
	for i := 0; i < n; i++ {
		c <- from + i
	}
	done <- true
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	c := make(chan int, 128)
	done := make(chan bool, 4)
	go produce(c, 0, n/2, done)
	sum := 0
	for i := 0; i < n/2; i++ {
		sum += <-c
	}
	<-done
	for p := 0; p < 4; p++ {
		go produce(c, p*n, n/8, done)
	}
	for i := 0; i < 4*(n/8); i++ {
		sum ^= <-c
	}
	for p := 0; p < 4; p++ {
		<-done
	}
	fmt.Println("items", n/2+4*(n/8), "checksum", sum)
}

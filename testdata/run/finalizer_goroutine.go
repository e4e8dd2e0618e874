package main

import (
	"fmt"
	"runtime"
	"time"
)

type res struct{ name string }

// Finalizers run on a goroutine of their own: after runtime.GC the
// program receives what they send; all four tiny objects sharing one
// 16-byte block are finalized by the cycle that finds the block dead.
func main() {
	c := make(chan string, 2)
	made := make(chan bool)
	go func() { // a goroutine's frames are gone once it exits
		r := &res{"first"}
		runtime.SetFinalizer(r, func(r *res) { c <- r.name })
		made <- true
	}()
	<-made
	runtime.GC()
	select {
	case s := <-c:
		fmt.Println("finalized:", s)
	case <-time.After(5 * time.Second):
		fmt.Println("no finalizer ran")
	}
	const N = 40
	done := make(chan int32, N)
	for i := 0; i < N; i++ {
		x := new(int32)
		*x = int32(i)
		runtime.SetFinalizer(x, func(p *int32) { done <- *p })
	}
	runtime.GC()
	seen := map[int32]bool{}
	timeout := time.After(5 * time.Second)
	for len(seen) < N*3/4 {
		select {
		case v := <-done:
			seen[v] = true
		case <-timeout:
			fmt.Println("timeout:", len(seen))
			return
		}
	}
	fmt.Println("most tiny objects finalized after one cycle")
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

package main

import (
	"fmt"
	"time"
)

// time's Timer, Ticker, After and AfterFunc over the runtime's timers:
// the order in which they fire is fixed by their durations.
func main() {
	start := time.Now()
	events := make(chan string, 10)
	time.AfterFunc(30*time.Millisecond, func() { events <- "afterfunc 30ms" })
	t := time.NewTimer(10 * time.Millisecond)
	stopped := time.NewTimer(20 * time.Millisecond)
	fmt.Println("stop pending timer:", stopped.Stop())
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("stop fired timer:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after 20ms")
	case <-stopped.C:
		fmt.Println("stopped timer fired?")
	}
	fmt.Println(<-events)
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset")
	timeout := time.After(50 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("done before timeout")
	case <-timeout:
		fmt.Println("timeout")
	}
	el := time.Since(start)
	fmt.Println("elapsed at least 60ms:", el >= 60*time.Millisecond, "under 2s:", el < 2*time.Second)
}

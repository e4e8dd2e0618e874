// errorcheck

// minigo-only: gc accepts this program.  time's timers need channels and
// goroutines: its source keeps them set aside, refused where used.

package main

import "time"

func main() {
	t := time.NewTimer(time.Second) // ERROR "time.NewTimer not supported by minigo"
	_ = t
	_ = time.After(time.Millisecond) // ERROR "time.After not supported by minigo"
	time.AfterFunc(time.Second, func() {}) // ERROR "time.AfterFunc not supported by minigo"
	time.Sleep(time.Millisecond)
}

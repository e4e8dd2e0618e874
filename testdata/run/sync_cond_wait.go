// Cond.Wait with no other goroutine to Signal: Go's deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
}

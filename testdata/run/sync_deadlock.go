// A second Lock of a held Mutex parks the only goroutine: Go's deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("unreachable")
}

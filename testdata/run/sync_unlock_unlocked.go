// sync's own fatal error, through the runtime hook sync.fatal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked")
	mu.Unlock()
}

// A negative WaitGroup counter is a panic from Go's sync source, stored
// before it panics: after recover, Add(1) brings it back to zero and Wait
// returns at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		fmt.Println("recovered:", recover())
		wg.Add(1)
		wg.Wait()
	}()
	wg.Add(1)
	wg.Done()
	wg.Done()
}

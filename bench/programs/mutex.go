// bench: default N=40000000, quick N=2000
//
// mutex: eight goroutines increment shared counters under a sync.Mutex,
// yielding now and then, so the lock is contended: sync's own Mutex
// (compiled from Go's source) over the runtime's semaphores.

package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type counters struct {
	mu sync.Mutex
	m  map[int]int
	n  int
}

func main() {
	n := 40000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	c := &counters{m: make(map[int]int)}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < n/8; i++ {
				c.mu.Lock()
				c.n++
				c.m[i%64] += g
				c.mu.Unlock()
				if i%256 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	s := 0
	for _, v := range c.m {
		s += v
	}
	fmt.Println("increments", c.n, "sum", s)
}

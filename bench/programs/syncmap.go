// bench: default N=3000000, quick N=3000
//
// syncmap: sync.Map against a map guarded by a sync.RWMutex, four
// goroutines each doing N/4 operations on 1024 keys, at 10 %, 50 % and
// 90 % writes.  The seed article's claim: sync.Map loses about 60 % at
// 20 % writes and more than 90 % above 40 %.  Each variant's time goes
// to stderr (bench/run.sh times the whole program; docs/concurrency.md
// has the per-variant figures).

package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

type store interface {
	load(k int) (int, bool)
	store(k, v int)
}

type rwmap struct {
	mu sync.RWMutex
	m  map[int]int
}

func (r *rwmap) load(k int) (int, bool) {
	r.mu.RLock()
	v, ok := r.m[k]
	r.mu.RUnlock()
	return v, ok
}

func (r *rwmap) store(k, v int) {
	r.mu.Lock()
	r.m[k] = v
	r.mu.Unlock()
}

type smap struct{ m sync.Map }

func (s *smap) load(k int) (int, bool) {
	v, ok := s.m.Load(k)
	if !ok {
		return 0, false
	}
	return v.(int), true
}

func (s *smap) store(k, v int) { s.m.Store(k, v) }

func run(s store, n, writePct int) int {
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			x := uint32(g*7919 + 1)
			for i := 0; i < n/4; i++ {
				x ^= x << 13
				x ^= x >> 17
				x ^= x << 5
				k := int(x % 1024)
				if int(x>>10%100) < writePct {
					s.store(k, i)
				} else if v, ok := s.load(k); ok {
					sums[g] += v & 1
				}
			}
		}(g)
	}
	wg.Wait()
	return sums[0] + sums[1] + sums[2] + sums[3]
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	for _, w := range []int{10, 50, 90} {
		for _, kind := range []string{"rwmutex", "syncmap"} {
			var s store
			if kind == "rwmutex" {
				s = &rwmap{m: make(map[int]int)}
			} else {
				s = &smap{}
			}
			t0 := time.Now()
			hits := run(s, n, w)
			fmt.Fprintf(os.Stderr, "%s %d%% writes: %v\n", kind, w, time.Since(t0))
			fmt.Println(kind, w, "% writes: done", hits >= 0)
		}
	}
}

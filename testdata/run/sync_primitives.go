package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync's own types, compiled from Go's source, across goroutines:
// Map, Pool, Once, Cond, RWMutex, WaitGroup.
func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				m.Store(g*100+i, fmt.Sprint("v", g, "-", i))
			}
			m.LoadOrStore(-1, g)
		}(g)
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println("keys:", len(keys), keys[:3], keys[len(keys)-1])
	v, ok := m.Load(301)
	fmt.Println("301:", v, ok)
	m.Delete(301)
	_, ok = m.Load(301)
	fmt.Println("after delete:", ok)
	act, loaded := m.LoadOrStore(7, "seven")
	fmt.Println(act, loaded)

	made := 0
	p := sync.Pool{New: func() any { made++; return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 42
	p.Put(b)
	b2 := p.Get().(*[64]byte)
	fmt.Println("pool reuse:", b2[0] == 42 || made == 2, "made >= 1:", made >= 1)

	var once sync.Once
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); once.Do(func() { count++ }) }()
	}
	wg2.Wait()
	fmt.Println("once:", count)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg3.Wait()
	fmt.Println("cond woke:", ready-1)

	var rw sync.RWMutex
	shared := map[string]int{}
	var wg4 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg4.Add(1)
		go func(i int) {
			defer wg4.Done()
			if i%2 == 0 {
				rw.Lock()
				shared[fmt.Sprint("k", i)] = i
				rw.Unlock()
			} else {
				rw.RLock()
				_ = shared["k0"]
				rw.RUnlock()
			}
		}(i)
	}
	wg4.Wait()
	fmt.Println("rw writes:", len(shared))
}

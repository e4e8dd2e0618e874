// sync and sync/atomic compiled from $GOROOT/src over minigo's runtime
// hooks (runtime/sema.c, runtime/overlay_atomic.c), with one goroutine:
// their -m lines are compared with go build's, and so is what they do.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

type cache struct {
	rw sync.RWMutex
	m  map[string]int
}

func (c *cache) get(k string) (int, bool) {
	c.rw.RLock()
	defer c.rw.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) put(k string, v int) {
	c.rw.Lock()
	c.m[k] = v
	c.rw.Unlock()
}

func main() {
	a := &account{}
	for i := 1; i <= 100; i++ {
		a.deposit(i)
	}
	fmt.Println("balance", a.balance, a.mu.TryLock(), a.mu.TryLock())
	a.mu.Unlock()

	c := &cache{m: map[string]int{}}
	c.put("x", 1)
	v, ok := c.get("x")
	_, ok2 := c.get("y")
	fmt.Println("cache", v, ok, ok2, c.rw.TryRLock(), c.rw.TryLock())
	c.rw.RUnlock()

	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("once", calls)

	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		func(n int) {
			defer wg.Done()
			total += n
		}(i)
	}
	wg.Wait()
	fmt.Println("waitgroup", total)

	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	got, loaded := m.LoadOrStore(2, 100)
	fmt.Println("map", got, loaded)
	got, loaded = m.LoadOrStore(9, 81)
	fmt.Println("map", got, loaded)
	m.Delete(0)
	old, found := m.LoadAndDelete(1)
	fmt.Println("map", old, found)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	for i := 1; i < len(keys); i++ { // sort is not compiled from source yet
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	fmt.Println("map keys", keys)

	news := 0
	p := sync.Pool{New: func() any { news++; return new([64]byte) }}
	b := p.Get().(*[64]byte)
	b[0] = 42
	p.Put(b)
	b2 := p.Get().(*[64]byte)
	fmt.Println("pool", b2[0], news)
	p.Put(b2)
	// One collection moves a pool's objects to its victim cache, which a
	// Get may or may not reach (Go's goroutine may resume on another P);
	// the second drops them: New runs again.
	runtime.GC()
	runtime.GC()
	b3 := p.Get().(*[64]byte)
	fmt.Println("pool after two GCs", b3[0], news)

	cond := sync.NewCond(&sync.Mutex{})
	cond.Signal()
	cond.Broadcast()
	fmt.Println("cond ok")

	var n32 int32
	var n64 int64
	var u64 uint64
	var up uintptr
	atomic.AddInt32(&n32, 3)
	atomic.AddInt32(&n32, -5)
	atomic.AddInt64(&n64, 1<<40)
	atomic.AddUint64(&u64, ^uint64(0))
	atomic.StoreUintptr(&up, 7)
	fmt.Println("atomic", atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))
	fmt.Println("cas", atomic.CompareAndSwapInt32(&n32, -2, 10), atomic.CompareAndSwapInt32(&n32, -2, 11), n32)
	fmt.Println("swap", atomic.SwapInt64(&n64, 5), n64)
	add := atomic.AddInt32 // a function value: the overlay's C definition
	fmt.Println("value", add(&n32, 1))

	var cnt atomic.Int64
	var flag atomic.Bool
	var u atomic.Uint32
	cnt.Add(10)
	cnt.Add(-3)
	flag.Store(true)
	u.Store(1)
	fmt.Println("types", cnt.Load(), flag.Load(), u.CompareAndSwap(1, 2), u.Load(), flag.Swap(false), flag.Load())

	var av atomic.Value
	fmt.Println("value empty", av.Load())
	av.Store("hello")
	fmt.Println("value", av.Load(), av.Swap("world"), av.Load(), av.CompareAndSwap("world", "again"), av.Load())
}

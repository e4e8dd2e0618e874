// run

package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	data [64]byte
}

var keep *node

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 10000; i++ {
		keep = &node{next: keep}
	}
	runtime.ReadMemStats(&after)
	fmt.Println("HeapAlloc > 0:", after.HeapAlloc > 0)
	fmt.Println("Mallocs grew:", after.Mallocs-before.Mallocs >= 10000)
	fmt.Println("TotalAlloc grew by at least 10000*72:", after.TotalAlloc-before.TotalAlloc >= 720000)
	fmt.Println("Alloc == HeapAlloc:", after.Alloc == after.HeapAlloc)
	fmt.Println("HeapObjects == Mallocs-Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("HeapSys >= HeapInuse:", after.HeapSys >= after.HeapInuse)
	fmt.Println("HeapIdle == HeapSys-HeapInuse:", after.HeapIdle == after.HeapSys-after.HeapInuse)
	fmt.Println("Sys >= HeapSys:", after.Sys >= after.HeapSys)
	gc0 := after.NumGC
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("NumGC increased:", m.NumGC > gc0)
	fmt.Println("NextGC > 0:", m.NextGC > 0)
	keep = nil
	runtime.GC()
	var m2 runtime.MemStats
	runtime.ReadMemStats(&m2)
	fmt.Println("freed after dropping the list:", m2.HeapAlloc < m.HeapAlloc)
	fmt.Println("Frees grew:", m2.Frees > m.Frees)
	fmt.Println("NumGC increased again:", m2.NumGC > m.NumGC)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}

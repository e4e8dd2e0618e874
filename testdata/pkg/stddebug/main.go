// runtime/debug compiled from $GOROOT/src over minigo's collector
// (runtime/debug.c): SetGCPercent turns collection off and on, ReadGCStats
// and FreeOSMemory, the settings read back, Stack.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink [][]byte

func churn() {
	for i := 0; i < 2000; i++ {
		sink = append(sink, make([]byte, 8192))
		if len(sink) > 16 {
			sink = sink[1:]
		}
	}
}

func main() {
	old := debug.SetGCPercent(-1)
	var st debug.GCStats
	debug.ReadGCStats(&st)
	before := st.NumGC
	churn()
	debug.ReadGCStats(&st)
	fmt.Println("GOGC was", old, "collections while off:", st.NumGC-before)
	fmt.Println(debug.SetGCPercent(50))
	runtime.GC()
	debug.ReadGCStats(&st)
	fmt.Println("after runtime.GC:", st.NumGC-before, len(st.Pause) == int(st.NumGC), st.PauseTotal > 0, !st.LastGC.IsZero())
	churn()
	debug.ReadGCStats(&st)
	fmt.Println("collecting again:", st.NumGC-before > 1)
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("released:", ms.HeapReleased > 0)
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30), debug.SetMaxThreads(100), debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println(debug.SetMemoryLimit(-1) == 1<<63-1, debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:"), strings.Contains(s, "main.main"))
}

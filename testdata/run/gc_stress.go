// run

package main

import (
	"fmt"
	"runtime"
)

type Obj struct {
	id    int
	data  []byte
	child *Obj
	name  string
	tags  map[string]int
}

func makeObj(i int) *Obj {
	o := &Obj{id: i, data: make([]byte, 16+i%200), name: fmt.Sprint("obj", i)}
	for j := range o.data {
		o.data[j] = byte(i + j)
	}
	if i%10 == 0 {
		o.tags = map[string]int{"i": i, "sq": i * i}
	}
	return o
}

func check(o *Obj) bool {
	for j, b := range o.data {
		if b != byte(o.id+j) {
			return false
		}
	}
	if o.name != fmt.Sprint("obj", o.id) {
		return false
	}
	if o.id%10 == 0 && o.tags["sq"] != o.id*o.id {
		return false
	}
	return true
}

func main() {
	var live []*Obj
	garbage := 0
	for round := 0; round < 20; round++ {
		for i := 0; i < 5000; i++ {
			o := makeObj(round*5000 + i)
			if i%50 == 0 {
				o.child = makeObj(1000000 + i)
				live = append(live, o)
			} else {
				garbage += len(o.data)
			}
		}
		if round%5 == 4 {
			runtime.GC()
		}
	}
	bad := 0
	for _, o := range live {
		if !check(o) {
			bad++
		}
		if o.child == nil || !check(o.child) {
			bad++
		}
	}
	fmt.Println("live", len(live), "bad", bad, "garbage bytes", garbage)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("collected:", ms.NumGC >= 4, "frees:", ms.Frees > 0)
	// large objects
	var bigs [][]int
	for i := 0; i < 50; i++ {
		b := make([]int, 100000)
		b[i] = i
		if i%10 == 0 {
			bigs = append(bigs, b)
		}
	}
	runtime.GC()
	s := 0
	for i, b := range bigs {
		s += b[i*10]
	}
	fmt.Println(len(bigs), s)
}

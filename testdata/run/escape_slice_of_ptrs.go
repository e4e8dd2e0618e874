// run

package main

import (
	"fmt"
	"runtime"
)

type Item struct {
	ID    int
	Name  string
	Score float64
	Next  *Item
}

func build(n int) []*Item {
	items := make([]*Item, n)
	for i := range items {
		items[i] = &Item{ID: i, Name: fmt.Sprint("n", i), Score: float64(i) / 2}
	}
	for i := 0; i+1 < n; i++ {
		items[i].Next = items[i+1]
	}
	return items
}

func filter(items []*Item, keep func(*Item) bool) []*Item {
	var out []*Item
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}

func main() {
	items := build(10000)
	runtime.GC()
	even := filter(items, func(it *Item) bool { return it.ID%2 == 0 })
	items = nil
	runtime.GC()
	total := 0.0
	for _, it := range even {
		total += it.Score
	}
	fmt.Println(len(even), total)
	// the Next chain keeps odd items alive through even ones
	n := 0
	for p := even[0]; p != nil; p = p.Next {
		n++
	}
	fmt.Println("chain length", n, even[4999].Next.Next == nil)
	// pointers to slice elements
	vals := make([]Item, 100)
	ptrs := make([]*Item, 0, 100)
	for i := range vals {
		vals[i].ID = i
		ptrs = append(ptrs, &vals[i])
	}
	for _, p := range ptrs {
		p.Score = float64(p.ID * 3)
	}
	fmt.Println(vals[33].Score, vals[99].Score)
	// map of pointers survives GC
	byName := map[string]*Item{}
	for i := 0; i < 1000; i++ {
		it := &Item{ID: i, Name: fmt.Sprint("k", i)}
		byName[it.Name] = it
	}
	runtime.GC()
	fmt.Println(byName["k999"].ID, byName["k0"].Name, len(byName))
}

// run

package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 100000; i++ {
		m[i] = i * 2
		if i == 8 || i == 13 || i == 26 || i == 52 || i == 104 || i == 833 || i == 99999 {
			fmt.Println("len", len(m))
		}
	}
	bad := 0
	for i := 0; i < 100000; i++ {
		if m[i] != i*2 {
			bad++
		}
	}
	fmt.Println("bad", bad)
	for i := 0; i < 100000; i += 3 {
		delete(m, i)
	}
	fmt.Println("after delete", len(m))
	missing := 0
	for i := 0; i < 100000; i++ {
		_, ok := m[i]
		if ok != (i%3 != 0) {
			missing++
		}
	}
	fmt.Println("mismatch", missing)
	// hinted maps behave the same
	h := make(map[string]int, 1000)
	for i := 0; i < 5000; i++ {
		h[fmt.Sprint("k", i)] = i
	}
	fmt.Println(len(h), h["k4999"], h["k0"], h["k5000"])
	// growth while iterating: entries present at start are seen exactly once
	g := map[int]int{}
	for i := 0; i < 8; i++ {
		g[i] = i
	}
	seen := map[int]int{}
	for k := range g {
		if k < 8 {
			seen[k]++
		}
		if len(g) < 200 {
			g[len(g)+1000] = 0
		}
	}
	dups := 0
	for _, c := range seen {
		if c != 1 {
			dups++
		}
	}
	fmt.Println(len(seen), dups, len(g) >= 16) // new entries may or may not be produced
	// big keys and values (stored indirectly)
	type Big struct{ a [20]int64 }
	bm := map[Big]Big{}
	for i := 0; i < 100; i++ {
		var k, v Big
		k.a[0] = int64(i)
		v.a[19] = int64(i * i)
		bm[k] = v
	}
	var q Big
	q.a[0] = 7
	fmt.Println(len(bm), bm[q].a[19])
}

// bench: default N=8000000, quick N=10000
//
// mapchurn: a map[int]int under a mixed workload of inserts, lookups and
// deletes driven by an LCG, with a working set that grows and shrinks, so
// the map grows, evacuates and accumulates deleted slots.

package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	m := make(map[int]int)
	var state uint64 = 12345
	next := func() uint64 {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		return state
	}
	keySpace := uint64(n/4 + 1)
	hits, misses, inserts, deletes := 0, 0, 0, 0
	sum := 0
	maxLen := 0
	for i := 0; i < n; i++ {
		r := next()
		k := int(r % keySpace)
		switch op := (r >> 40) % 10; {
		case op < 4:
			if _, ok := m[k]; !ok {
				inserts++
			}
			m[k] = i
		case op < 8:
			if v, ok := m[k]; ok {
				hits++
				sum += v & 0xffff
			} else {
				misses++
			}
		default:
			if _, ok := m[k]; ok {
				deletes++
				delete(m, k)
			}
		}
		if len(m) > maxLen {
			maxLen = len(m)
		}
		// phases: every n/8 operations, drop every key below a moving bound
		if i%(n/8+1) == n/8 {
			for key := range m {
				if key%3 == 0 {
					delete(m, key)
					deletes++
				}
			}
		}
	}
	final := 0
	for k, v := range m {
		final += k ^ v
	}
	fmt.Println("len:", len(m), "max:", maxLen)
	fmt.Println("inserts:", inserts, "deletes:", deletes, "hits:", hits, "misses:", misses)
	fmt.Println("checksum:", sum, final)
}

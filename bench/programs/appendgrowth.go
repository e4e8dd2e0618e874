// bench: default N=50, quick N=2
//
// appendgrowth: build slices of several element sizes by appending one
// element (or a few) at a time from nil, N rounds of a few million appends,
// exercising growslice and the size-class rounding of capacities.

package main

import (
	"fmt"
	"os"
	"strconv"
)

type pair struct{ a, b int64 }

type rec struct {
	id   int
	name string
	p    *pair
}

func main() {
	n := 50
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	var check uint64
	grows := 0
	for round := 0; round < n; round++ {
		var ints []int
		lastCap := 0
		for i := 0; i < 200000; i++ {
			ints = append(ints, i^round)
			if cap(ints) != lastCap {
				grows++
				lastCap = cap(ints)
			}
		}
		var bs []byte
		for i := 0; i < 200000; i++ {
			bs = append(bs, byte(i))
		}
		var ps []pair
		for i := 0; i < 100000; i++ {
			ps = append(ps, pair{int64(i), int64(round)})
		}
		var rs []rec
		shared := &pair{1, 2}
		for i := 0; i < 20000; i++ {
			rs = append(rs, rec{i, "r", shared})
		}
		var multi []int32
		for i := 0; i < 50000; i++ {
			multi = append(multi, int32(i), int32(-i), 7)
		}
		var joined []int
		for i := 0; i < 200; i++ {
			joined = append(joined, ints[i*100:i*100+50]...)
		}
		check += uint64(cap(ints)) + uint64(cap(bs)) + uint64(cap(ps)) + uint64(cap(rs)) + uint64(cap(multi)) + uint64(cap(joined))
		check += uint64(ints[len(ints)-1]) + uint64(bs[len(bs)-1]) + uint64(ps[len(ps)-1].a) + uint64(rs[len(rs)-1].id) + uint64(multi[len(multi)-2]+200000) + uint64(joined[len(joined)-1])
	}
	fmt.Println("rounds:", n, "int grows:", grows)
	fmt.Println("checksum:", check)
}

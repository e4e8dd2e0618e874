// Command mapbench times Go 1.19's maps on the operations bench/map/bench.c
// times on minigo's runtime, printing one "name ns-per-op" line per row.
// Each row is run several times and the fastest run is reported, which is
// the least noisy statistic on a shared machine.  Keys are prepared before
// timing starts; results go to package-level sinks so nothing is optimised
// away.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

var sink int
var sinkMap map[int]int
var sinkStrMap map[string]int

const reps = 5

func best(ops int, f func()) float64 {
	b := time.Duration(1 << 62)
	for r := 0; r < reps; r++ {
		t0 := time.Now()
		f()
		if d := time.Since(t0); d < b {
			b = d
		}
	}
	return float64(b.Nanoseconds()) / float64(ops)
}

func row(name string, ns float64) { fmt.Printf("%s %.2f\n", name, ns) }

func intMap(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return m
}

func strKeys(n, size int, prefix string) []string {
	keys := make([]string, n)
	for i := range keys {
		s := prefix + strconv.Itoa(i)
		for len(s) < size {
			s += "."
		}
		keys[i] = s
	}
	return keys
}

func main() {
	const N = 1000000
	row("insert_1e6_int_nohint", best(N, func() {
		m := make(map[int]int)
		for i := 0; i < N; i++ {
			m[i] = i
		}
		sinkMap = m
	}))
	row("insert_1e6_int_hint", best(N, func() {
		m := make(map[int]int, N)
		for i := 0; i < N; i++ {
			m[i] = i
		}
		sinkMap = m
	}))
	for _, n := range []int{100, 10000, 1000000} {
		m := intMap(n)
		const L = 4000000
		row("lookup_hit_int_"+strconv.Itoa(n), best(L, func() {
			s := 0
			for i := 0; i < L; i++ {
				s += m[i%n]
			}
			sink = s
		}))
		row("lookup_miss_int_"+strconv.Itoa(n), best(L, func() {
			s := 0
			for i := 0; i < L; i++ {
				s += m[n+i%n]
			}
			sink = s
		}))
	}
	for _, size := range []int{16, 64} {
		const S = 200000
		keys := strKeys(S, size, "key")
		miss := strKeys(S, size, "miss")
		sz := strconv.Itoa(size)
		row("insert_str"+sz+"_2e5", best(S, func() {
			m := make(map[string]int)
			for i, k := range keys {
				m[k] = i
			}
			sinkStrMap = m
		}))
		m := make(map[string]int)
		for i, k := range keys {
			m[k] = i
		}
		const L = 2000000
		row("lookup_hit_str"+sz+"_2e5", best(L, func() {
			s := 0
			for i := 0; i < L; i++ {
				s += m[keys[i%S]]
			}
			sink = s
		}))
		row("lookup_miss_str"+sz+"_2e5", best(L, func() {
			s := 0
			for i := 0; i < L; i++ {
				s += m[miss[i%S]]
			}
			sink = s
		}))
	}
	{
		const W, C = 10000, 2000000
		m := intMap(W)
		next := W
		row("churn_delete_reinsert_1e4", best(C, func() {
			for i := 0; i < C; i++ {
				delete(m, next-W)
				m[next] = next
				next++
			}
		}))
		sinkMap = m
	}
	{
		m := intMap(N)
		row("iterate_1e6", best(N, func() {
			s := 0
			for k, v := range m {
				s += k + v
			}
			sink = s
		}))
	}
	fmt.Fprintln(os.Stderr, "done")
}

// sort compiled from $GOROOT/src over minigo's own internal/reflectlite
// (lib/): Sort, Stable, Slice (reflectlite.Swapper), Search; -m as go's.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type pt struct{ x, y int }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	ss := []string{"pear", "fig", "banana", "kiwi"}
	sort.Strings(ss)
	fmt.Println(ss)
	sort.Sort(byLen(ss))
	fmt.Println(ss)
	sort.Stable(sort.Reverse(byLen(ss)))
	fmt.Println(ss)
	ps := []pt{{3, 1}, {1, 2}, {2, 3}, {1, 1}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].x < ps[j].x || ps[i].x == ps[j].x && ps[i].y < ps[j].y })
	fmt.Println(ps)
	fs := []float64{2.5, -1, 3.25}
	sort.Float64s(fs)
	fmt.Println(fs)
	bs := []byte("hello")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	fmt.Println(string(bs))
	ptrs := []*pt{{2, 0}, {1, 0}}
	sort.SliceStable(ptrs, func(i, j int) bool { return ptrs[i].x < ptrs[j].x })
	fmt.Println(*ptrs[0], *ptrs[1])
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}

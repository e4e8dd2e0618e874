// run

// make for slices and maps on both paths: stack arrays with gc's inline
// len check (and its two panics), stack hmaps with a bucket chosen by the
// hint at run time, makemap / makemap_small for escaping maps.

package main

import "fmt"

var gm map[int]int
var gs []int

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

// make([]int, n, 10) stays on the stack; n is checked inline
func stackSlice(n int) int {
	s := make([]int, n, 10)
	for i := range s {
		s[i] = i
	}
	s = append(s, 100)
	return len(s) + cap(s) + s[len(s)-1]
}

func uintSlice(n uint) int {
	s := make([]int, n, 4)
	return len(s)
}

func heapSlice(n, c int) {
	gs = make([]int, n, c)
}

// a map that does not escape, with a hint known only at run time
func stackMap(hint, n int) int {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
	t := 0
	for k, v := range m {
		t += k + v
	}
	return len(m)*1000000 + t
}

func heapMap(hint, n int) {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = 2 * i
	}
	gm = m
}

func main() {
	fmt.Println(stackSlice(0), stackSlice(3), stackSlice(10))
	try("len -1", func() { stackSlice(-1) })
	try("len 11", func() { stackSlice(11) })
	try("uint 5", func() { uintSlice(5) })
	try("uint 4", func() { fmt.Println(uintSlice(4)) })
	try("heap 2,1", func() { heapSlice(2, 1) })
	try("heap -1,1", func() { heapSlice(-1, 1) })
	try("heap 3,5", func() { heapSlice(3, 5); fmt.Println(len(gs), cap(gs)) })
	for _, h := range []int{-1, 0, 1, 8, 9, 100} {
		fmt.Println("stack map", h, stackMap(h, 5), stackMap(h, 50))
	}
	for _, h := range []int{-5, 0, 8, 9, 1000} {
		heapMap(h, 20)
		fmt.Println("heap map", h, len(gm), gm[19])
	}
	small := make(map[string]int)
	small["a"] = 1
	hinted := make(map[string]int, 3)
	for i := 0; i < 20; i++ {
		hinted[fmt.Sprint(i)] = i
	}
	fmt.Println(small, len(hinted), hinted["19"])
}

// bench: default N=200000000, quick N=100000
//
// escape-stack: many short-lived values that gc's escape analysis keeps on
// the stack: small structs whose address is taken but does not escape,
// fixed-size arrays and constant-size make, non-escaping closures and
// method calls through pointers. With correct escape analysis this runs
// without heap allocation (check with GODEBUG=gctrace=1: no GC cycles).

package main

import (
	"fmt"
	"os"
	"strconv"
)

type vec3 struct{ x, y, z float64 }

func (v *vec3) add(o *vec3) {
	v.x += o.x
	v.y += o.y
	v.z += o.z
}

func (v *vec3) scale(f float64) {
	v.x *= f
	v.y *= f
	v.z *= f
}

func dot(a, b *vec3) float64 { return a.x*b.x + a.y*b.y + a.z*b.z }

type window struct {
	buf [8]int
	n   int
}

func (w *window) push(v int) {
	w.buf[w.n%len(w.buf)] = v
	w.n++
}

func (w *window) sum() int {
	s := 0
	for _, v := range w.buf {
		s += v
	}
	return s
}

func step(i int) int {
	a := vec3{float64(i), 1, 2}
	b := &vec3{3, float64(i & 7), 5}
	a.add(b)
	a.scale(0.5)
	d := dot(&a, b)
	tmp := make([]int, 4) // constant size, does not escape
	for k := range tmp {
		tmp[k] = i + k
	}
	apply := func(f func(int) int) int { return f(tmp[i&3]) }
	r := apply(func(x int) int { return x * 3 })
	return int(d) + r
}

func main() {
	n := 200000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	var w window
	total := 0
	for i := 0; i < n; i++ {
		s := step(i)
		w.push(s & 0xffff)
		total += s & 1023
		if i&4095 == 0 {
			total ^= w.sum()
		}
	}
	fmt.Println("total:", total, "window:", w.sum())
}

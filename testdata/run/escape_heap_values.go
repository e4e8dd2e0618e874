// run

package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y} // moved to heap: p
	return &p
}

func newInt(v int) *int { return &v }

func newSlice(n int) []int {
	s := make([]int, n) // non-constant size: heap
	for i := range s {
		s[i] = i * i
	}
	return s
}

func fill(dst *[]string, n int) {
	for i := 0; i < n; i++ {
		*dst = append(*dst, fmt.Sprint("item", i))
	}
}

type Box struct{ v interface{} }

func boxAll(xs []int) []Box {
	out := make([]Box, 0, len(xs))
	for _, x := range xs {
		out = append(out, Box{x}) // int converted to interface
	}
	return out
}

var global *Point

func leak(p *Point) { global = p }

func main() {
	ps := make([]*Point, 0)
	for i := 0; i < 5; i++ {
		ps = append(ps, newPoint(i, -i))
	}
	for _, p := range ps {
		p.X *= 10
	}
	fmt.Println(*ps[0], *ps[4], ps[1] != ps[2])
	a, b := newInt(1), newInt(1)
	*a = 5
	fmt.Println(*a, *b, a != b)
	s := newSlice(10)
	fmt.Println(s, len(s))
	var names []string
	fill(&names, 4)
	fmt.Println(names)
	boxes := boxAll([]int{1, 1000, 255, 256, -1})
	sum := 0
	for _, bx := range boxes {
		sum += bx.v.(int)
	}
	fmt.Println(len(boxes), sum)
	local := Point{7, 8}
	leak(&local)
	local.X = 70
	fmt.Println(*global)
	// values that do not escape
	q := Point{1, 2}
	r := &q
	r.Y = 20
	fmt.Println(q)
	arr := [4]int{1, 2, 3, 4}
	sl := arr[1:3]
	sl[0] = 200
	fmt.Println(arr)
	// interface values holding pointers and values
	var i1 interface{} = q
	var i2 interface{} = &q
	q.X = 99
	fmt.Println(i1, i2.(*Point).X)
}

// run

package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Node struct {
	Val      int
	Children []*Node
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	t := n.Val
	for _, c := range n.Children {
		t += sum(c)
	}
	return t
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	r := &Point{X: 9}
	fmt.Println(p, q, *r)
	l := Line{A: Point{0, 0}, B: Point{3, 4}, Label: "diag"}
	fmt.Printf("%+v\n", l)
	pts := []Point{{1, 1}, {X: 2}, {}}
	ptrs := []*Point{{3, 3}, {Y: 4}}
	fmt.Println(pts, *ptrs[0], *ptrs[1])
	arr := [...]Point{{1, 2}, {3, 4}}
	fmt.Println(len(arr), arr)
	idx := [5]int{1: 10, 3: 30}
	sl := []string{4: "e", 0: "a", 2: "c"}
	fmt.Println(idx, len(sl), sl)
	mixed := []int{5, 3: 60, 7}
	fmt.Println(mixed)
	tree := &Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}, {5, nil}}}}}
	fmt.Println(sum(tree))
	grid := [][]Point{{{0, 0}, {0, 1}}, {{1, 0}}}
	fmt.Println(grid)
	m := map[string]Line{"l1": {Point{1, 1}, Point{2, 2}, "a"}, "l2": {B: Point{5, 5}}}
	fmt.Println(m)
	mp := map[Point][]string{{0, 0}: {"origin"}, {1, 0}: {"east", "x"}}
	fmt.Println(mp)
	anon := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {"bob", 25}}
	fmt.Println(anon)
	nested := struct {
		P   Point
		Arr [2][2]int
		M   map[int][]int
	}{Point{7, 8}, [2][2]int{{1, 2}, {3, 4}}, map[int][]int{1: {1}}}
	fmt.Printf("%+v\n", nested)
	// each evaluation of a literal creates a new value
	var ps []*Point
	for i := 0; i < 3; i++ {
		ps = append(ps, &Point{i, i * i})
	}
	ps[0].X = 100
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])
	ip := &[]int{1, 2, 3}
	(*ip)[0] = 9
	fmt.Println(*ip)
	am := &map[string]int{"a": 1}
	(*am)["b"] = 2
	fmt.Println(len(*am))
	const n = 3
	cl := [n * 2]bool{n: true}
	fmt.Println(cl)
}

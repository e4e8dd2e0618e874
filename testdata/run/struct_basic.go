// run

package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
}

type Empty struct{}

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	var p Point
	fmt.Println(p, p.X)
	p.X = 3
	p.Y = 4
	q := Point{Y: 1}
	fmt.Println(p, q)
	r := Rect{Min: Point{1, 1}, Max: Point{4, 5}, Name: "r1"}
	fmt.Println(r, area(r))
	fmt.Printf("%+v\n", r)
	r2 := r
	r2.Min.X = 0
	r2.Name = "r2"
	fmt.Println(r.Min, r2.Min, area(r2))
	pp := &r
	pp.Max.Y = 10
	fmt.Println(r.Max.Y, (*pp).Max.Y)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon, anon.B)
	var e Empty
	fmt.Println(e, Empty{} == e)
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	for i := range pts {
		pts[i].Y += 10
	}
	fmt.Println(pts)
	for _, pt := range pts {
		pt.X = 0 // copy
	}
	fmt.Println(pts)
	np := new(Point)
	np.X = 7
	fmt.Println(*np)
	fmt.Println(Point{1, 2} == Point{1, 2}, Point{1, 2} == Point{2, 1})
	type Local struct {
		n    int
		next *Local
	}
	l := &Local{1, &Local{2, nil}}
	fmt.Println(l.n, l.next.n, l.next.next == nil)
}

// A module with two local packages, one of them of two files, an internal
// package, init functions in several files, and values crossing packages.
package main

import (
	"fmt"

	"example.com/basic/counter"
	"example.com/basic/shapes"
)

var total = counter.Next() * 10

func init() { fmt.Println("main init, total", total) }

type square struct{ side float64 }

func (s square) Area() float64 { return s.side * s.side }
func (s square) Name() string  { return "square" }

func main() {
	list := []shapes.Shape{shapes.NewRect(2, 3), square{4}, shapes.NewCircle(1)}
	fmt.Println(shapes.Sum(list), len(list))
	for _, s := range list {
		fmt.Println(s.Name(), describe(s))
	}
	r := shapes.NewRect(1, 1)
	r.Scale(3)
	fmt.Println(r.Area(), r.W, counter.Count(), total)
	b := &shapes.Box{Rect: *r, Label: "box"}
	fmt.Println(b.Area(), b.Label, b.Name())
	fmt.Println(shapes.Origin, shapes.Unit.W)
}

package shapes

import (
	"fmt"

	"example.com/basic/counter"
	"example.com/basic/shapes/internal/geom"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
	id   int
}

func NewRect(w, h float64) *Rect { return &Rect{W: w, H: h, id: counter.Next()} }

func (r *Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Name() string  { return fmt.Sprint("rect#", r.id) }
func (r *Rect) Scale(k float64) {
	r.W *= k
	r.H *= k
}
func (r *Rect) Big() bool { return r.Area() > 5 }

type Box struct {
	Rect
	Label string
}

var Origin = geom.Point{}

func init() { fmt.Println("shapes init (shapes.go)", Origin) }

func Sum(list []Shape) float64 {
	t := 0.0
	for _, s := range list {
		t += s.Area()
	}
	return t
}

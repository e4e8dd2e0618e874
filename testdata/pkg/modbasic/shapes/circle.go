package shapes

import "example.com/basic/shapes/internal/geom"

type circle struct {
	c geom.Point
	r float64
}

var Unit = Rect{W: 1, H: 1}

func NewCircle(r float64) Shape { return &circle{geom.Point{X: 1}, r} }

func (c *circle) Area() float64 { return geom.Pi * c.r * c.r }
func (c *circle) Name() string  { return "circle at " + c.c.String() }

func init() { println2("shapes init (circle.go)") }

package geom

import "strconv"

const Pi = 3.14159

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

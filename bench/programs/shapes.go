// bench: default N=1500, quick N=2
//
// shapes: interface-heavy code: a slice of Shape interface values with
// several dynamic types, dynamic dispatch of Area/Perimeter/Scale, type
// switches and type assertions, N rounds over 100000 shapes.

package main

import (
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Shape
	Scale(f float64) Shape
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Scale(f float64) Shape {
	return Rect{r.W * f, r.H * f}
}

func (c *Circle) Area() float64      { return 3.141592653589793 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.141592653589793 * c.R }
func (c *Circle) Scale(f float64) Shape {
	return &Circle{c.R * f}
}

func (t Triangle) Area() float64 {
	// Heron's formula squared, avoids sqrt: the value only feeds a checksum
	s := (t.A + t.B + t.C) / 2
	return s * (s - t.A) * (s - t.B) * (s - t.C) / (s + 1)
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func classify(s Shape) int {
	switch v := s.(type) {
	case Square:
		return 1 + int(v.W)%3
	case Rect:
		return 4
	case *Circle:
		return 5
	case Triangle:
		return 6
	}
	return 0
}

func main() {
	n := 1500
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	shapes := make([]Shape, 0, 100000)
	for i := 0; i < 100000; i++ {
		f := float64(i%97) + 1
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{f, f / 2})
		case 1:
			shapes = append(shapes, &Circle{f / 3})
		case 2:
			shapes = append(shapes, Triangle{f, f + 1, f + 1.5})
		default:
			shapes = append(shapes, Square{Rect{f, f}})
		}
	}
	var area, perim float64
	kinds := make([]int, 7)
	scaled := 0
	for round := 0; round < n; round++ {
		for i, s := range shapes {
			area += s.Area()
			perim += s.Perimeter()
			kinds[classify(s)]++
			if round%50 == 0 && i%10 == 0 {
				if sc, ok := s.(Scaler); ok {
					shapes[i] = sc.Scale(1.0001)
					scaled++
				}
			}
		}
	}
	fmt.Printf("area: %.6e perimeter: %.6e\n", area, perim)
	fmt.Println("kinds:", kinds, "scaled:", scaled)
}

// parse

// Every declaration form of the subset: package-level and local const
// (iota, implicit repetition, typed), var (with and without type or value,
// grouped), type (defined, alias, struct with embedding and tags,
// interfaces with embedding), functions and methods with every parameter
// and result form.

package main

import (
	"errors"
	"fmt"
	str "strings"
)

import _ "os"

const Pi = 3.14159

const (
	A = iota
	B
	C
	_
	E
)

const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
	GB
)

const x, y = 1, "two"

var (
	counter int
	names   = []string{"a", "b"}
	m       map[string]int
	p, q    *int
)

var one, two = 1, 2

type (
	Celsius float64
	Alias   = int
)

type Point struct {
	X, Y int
	name string `json:"name"`
}

type Named struct {
	Point
	*Celsius
	fmt.Stringer
	tags []string
}

type Shape interface {
	Area() float64
	Perimeter() (p float64)
}

type Solid interface {
	Shape
	fmt.Stringer
	Volume(scale float64, unit string) float64
}

type Empty interface{}

type Fn func(int, ...string) (int, error)

type Matrix [3][3]float64

func (p Point) Dist() int           { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move(dx, dy int)    { p.X += dx; p.Y += dy }
func (Celsius) Unit() string        { return "C" }
func (*Named) Ptr()                 {}
func pair() (int, string)           { return 1, "a" }
func named() (n int, err error)     { return }
func variadic(xs ...int) int        { return len(xs) }
func mixed(a, b int, s ...string)   {}
func unnamed(int, string) bool      { return true }
func funcs(f func(int) int) func() {
	return func() { f(1) }
}

func local() {
	const c = 10
	const (
		d = iota * c
		e
	)
	var v int
	var w, z = 1, 2.5
	var (
		s  string
		bs []byte
	)
	type T struct{ a int }
	type U = T
	_, _, _, _, _, _, _, _ = v, w, z, s, bs, T{}, U{a: 1}, d+e
}

func main() {
	local()
	_ = errors.New("x")
	_ = str.ToUpper("x")
	fmt.Println(Pi, A, B, C, E, KB, MB, GB, x, y, counter, names, m, p, q, one, two)
	_, _ = pair()
	_, _ = named()
	_ = variadic(1, 2, 3)
	_ = variadic(names2()...)
	mixed(1, 2, "a", "b")
	_ = unnamed(1, "")
	funcs(func(i int) int { return i })()
}

func names2() []int { return nil }

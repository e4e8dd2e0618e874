// run

package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int { return c.n }

func (c Counter) IncValue() { c.n++ }

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

func (v Vec) Scale(f float64) Vec { return Vec{v.X * f, v.Y * f} }

func (v *Vec) Normalize() {
	l := v.X*v.X + v.Y*v.Y
	if l > 0 {
		v.X /= l
		v.Y /= l
	}
}

func main() {
	c := Counter{name: "c"}
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n) // (*p).Get()
	p.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(2)
	fmt.Println(v)
	v.Normalize()
	fmt.Printf("%.4f %.4f\n", v.X, v.Y)
	cs := []Counter{{n: 1}, {n: 2}}
	for i := range cs {
		cs[i].Inc()
	}
	for _, x := range cs {
		x.Inc() // increments the copy
	}
	fmt.Println(cs[0].n, cs[1].n)
	m := map[string]*Counter{"a": {n: 5}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	arr := [2]Counter{}
	arr[1].Add(3)
	fmt.Println(arr[1].n)
}

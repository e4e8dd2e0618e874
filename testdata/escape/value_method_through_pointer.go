// errorcheck -0 -m -l
// A value method called through a pointer receives *v: when the receiver
// type has no pointers, that value flows nowhere, so v does not escape
// (it used to be "leaking param content: v").
package main

type Vec struct{ X, Y float64 }

func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }

func (v *Vec) ScaleInPlace(k float64) { *v = v.Scale(k) } // ERROR "v does not escape$"

func scaled(v *Vec) Vec { // ERROR "v does not escape$"
	w := v.Scale(2)
	return w
}

func deferred(v *Vec) { // ERROR "v does not escape$"
	defer v.Scale(3)
}

type Q struct{ s *int }

func (q Q) Same() Q { return q } // ERROR "leaking param: q to result ~r0 level=0$"

func (q *Q) Self() { *q = q.Same() } // ERROR "leaking param content: q$"

func main() {
	v := &Vec{1, 2} // ERROR "&Vec{...} does not escape$"
	v.ScaleInPlace(2)
	_ = scaled(v)
	deferred(v)
	n := 1 // ERROR "moved to heap: n$"
	q := &Q{&n} // ERROR "&Q{...} does not escape$"
	q.Self()
}

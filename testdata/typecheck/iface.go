// errorcheck

package main

type I interface{ M() }
type J interface {
	M()
	N(int) string
}

type T struct{}

func (*T) M() {}

type U struct{}

func (U) M(x int) {}

type V struct{}

func (V) m() {}

type W int

func (W) M()             {}
func (W) N(string) string { return "" }

func main() {
	var i I = T{} // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:"
	var j I = U{} // ERROR "cannot use U\{\} \(value of type U\) as type I in variable declaration:"
	var k I = V{} // ERROR "cannot use V\{\} \(value of type V\) as type I in variable declaration:"
	var l I = 3 // ERROR "cannot use 3 \(constant of type int\) as type I in variable declaration:"
	var o J = W(1) // ERROR "cannot use W\(1\) \(constant 1 of type W\) as type J in variable declaration:"
	var p J = &T{} // ERROR "cannot use &T\{\} \(value of type \*T\) as type J in variable declaration:"
	var q I = &T{}
	var r J = q // ERROR "cannot use q \(variable of type I\) as type J in variable declaration:"
	var s *I = &T{} // ERROR "cannot use &T\{\} \(value of type \*T\) as type \*I in variable declaration:"
	_, _, _, _, _, _, _, _ = i, j, k, l, o, p, r, s
}

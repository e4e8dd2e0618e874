// run
// An interface compared with a concrete value (==, !=, switch cases either
// way round) compares the dynamic type and then the data, as gc's
// walkCompare: the concrete value is never converted, so never boxed, and
// the data is only looked at when the types match.
package main

import "fmt"

type T struct {
	a int
	s string
}

type I interface{ M() int }

func (t T) M() int { return t.a }

type P struct{ p *int }

func (P) M() int { return 0 }

type F float64

func (F) M() int { return 1 }

var order []string

func note(s string, v int) int { order = append(order, s); return v }

func eq(e interface{}, t T) bool  { return e == t }
func neq(i I, t T) bool           { return t != i }
func eqp(i I, p P) bool           { return i == p }
func eqf(e interface{}, f float64) bool { return e == f }

func classify(x interface{}, t T) string {
	switch x {
	case 1:
		return "one"
	case "a":
		return "a"
	case t:
		return "t"
	case nil:
		return "nil"
	}
	return "other"
}

func which(t T, i, j I) string {
	switch t {
	case i:
		return "i"
	case j:
		return "j"
	}
	return "none"
}

func main() {
	t := T{1, "x"}
	fmt.Println(eq(t, t), eq(T{1, "y"}, t), eq(1, t), eq(nil, t))
	var i I
	fmt.Println(neq(i, t), neq(t, t), neq(T{2, "x"}, t), neq(F(1), t))
	n := 5
	fmt.Println(eqp(P{&n}, P{&n}), eqp(P{new(int)}, P{&n}), eqp(nil, P{}), eqp(P{}, P{}))
	z := 0.0
	nan := z / z
	fmt.Println(eqf(nan, nan), eqf(2.5, 2.5), eqf(F(2.5), 2.5), eqf(float32(2.5), 2.5))
	fmt.Println(classify(1, t), classify("a", t), classify(T{1, "x"}, t), classify(nil, t), classify(2, t), classify(int8(1), t))
	fmt.Println(which(t, T{2, ""}, t), which(t, nil, F(0)), which(T{}, T{}, nil))
	var e interface{} = note("left", 3)
	fmt.Println(e == note("right", 3), len(order), order[0], order[1])
}

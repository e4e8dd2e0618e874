// run

// new, &T{...} and interface boxes on every path gc takes: stack or
// newobject, runtime.zerobase for zero-sized values, staticuint64s for bools
// and bytes, read-only statics for constants, convT* for the rest; and the
// blank fields of struct literals, which gc never stores.

package main

import "fmt"

type T struct{ A, B int }
type E struct{}
type S struct{ S string }
type PT struct {
	P *int
	N int
}
type N3 struct{ A, B, C int }
type W struct {
	A int
	_ int
	B int
	_ string
}
type B8 [8]byte
type U16 uint16
type F32 float32

var sink []interface{}
var gp *T
var ge *E

func box(v interface{}) { sink = append(sink, v) }

func local(n int) int {
	p := new(T)
	q := &T{n, 2}
	p.A = q.A + q.B
	var x interface{} = n
	if v, ok := x.(int); ok {
		p.B = v
	}
	return p.A * p.B
}

func main() {
	fmt.Println(local(3), local(5))
	gp = &T{7, 8}
	ge = &E{}
	p := new(T)
	p.B = 9
	gp = p
	fmt.Println(*gp, *ge)

	x := 42
	var b byte = 200
	var u U16 = 65000
	box(12345)
	box(true)
	box(false)
	box(b)
	box(u)
	box(F32(1.5))
	box(x)
	box(int64(-1))
	box("const")
	box(fmt.Sprint("dyn", x))
	box(S{"wrapped"})
	box(PT{&x, 1})
	box(N3{1, 2, 3})
	box(B8{1, 2, 3, 4, 5, 6, 7, 8})
	box(E{})
	box([]int{1, 2})
	box([0]int{})
	for _, v := range sink {
		if pt, ok := v.(PT); ok {
			v = *pt.P + pt.N // not the address
		}
		fmt.Printf("%T %v\n", v, v)
	}
	pt := sink[11].(PT)
	*pt.P = 43
	fmt.Println(x, sink[6])

	w := W{1, 2, 3, "four"}
	pw := &W{A: 5, B: 6}
	ws := []W{{7, 8, 9, "ten"}, {A: 11}}
	fmt.Printf("%v %+v %v\n", w, *pw, ws)
	fmt.Println(w == W{A: 1, B: 3})
}

// Calls through minigo's reflect: Value.Call and CallSlice of functions
// and closures of many signatures (libffi, runtime/reflectcall.c), method
// values of concrete and interface types, MakeFunc, a method value turned
// into a func, Type.Method's Func, types by their parts (FuncOf, SliceOf,
// MapOf, ArrayOf: the program's own descriptors), recover() through
// reflect; main's -m as gc's.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Point struct{ X, Y float64 }

var zero float64

func (p Point) Add(q Point) Point          { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k float64)           { p.X *= k; p.Y *= k }
func (p Point) String() string             { return "(" + ftoa(p.X) + "," + ftoa(p.Y) + ")" }
func (p Point) Parts() (float64, float64)  { return p.X, p.Y }
func ftoa(f float64) string                { return strconv.FormatFloat(f, 'g', -1, 64) }

type Big struct {
	A, B, C, D int64
	S          string
}

type Empty struct {
	p     *int
	empty struct{}
}

func mix(a int8, b uint16, c bool, d float32, e complex128, s string, xs []int) (int64, string, error) {
	sum := int64(a) + int64(b) + int64(len(xs))
	if c {
		sum += int64(d) + int64(real(e))
	}
	if s == "fail" {
		return 0, "", errors.New("failed")
	}
	return sum, strings.Repeat(s, 2), nil
}

func big(b Big, e Empty, arr [3]int16) Big {
	b.A += int64(arr[0]) + int64(arr[2])
	b.S += "!"
	return b
}

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return prefix + strconv.Itoa(t)
}

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }
func (s Square) Name() string  { return "square" }

func show(vs []reflect.Value) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v.Interface())
	}
	return b.String()
}

func catch(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	V := reflect.ValueOf
	fmt.Println(show(V(mix).Call([]reflect.Value{V(int8(-3)), V(uint16(500)), V(true), V(float32(2.5)),
		V(complex(4, 1)), V("ab"), V([]int{1, 2})})))
	r := V(mix).Call([]reflect.Value{V(int8(0)), V(uint16(0)), V(false), V(float32(0)), V(0i), V("fail"), V([]int(nil))})
	fmt.Println(r[0].Int(), r[1].String() == "", r[2].Interface())
	fmt.Println(show(V(big).Call([]reflect.Value{V(Big{1, 2, 3, 4, "s"}), V(Empty{}), V([3]int16{10, 20, 30})})))
	fmt.Println(show(V(sum).Call([]reflect.Value{V("n="), V(1), V(2), V(3)})),
		show(V(sum).CallSlice([]reflect.Value{V("m="), V([]int{4, 5})})),
		show(V(sum).Call([]reflect.Value{V("z=")})))
	k := 10
	clo := func(x int) int { k += x; return k * 2 }
	fmt.Println(show(V(clo).Call([]reflect.Value{V(5)})), k)
	fmt.Println(show(V(strings.ToUpper).Call([]reflect.Value{V("hey")})), show(V(strconv.Atoi).Call([]reflect.Value{V("12x")})))

	// methods: by index (exported methods, sorted by name) and by name
	p := Point{1, 2}
	pv := V(p)
	fmt.Println(pv.NumMethod(), pv.Method(0).Type(), show(pv.MethodByName("Add").Call([]reflect.Value{V(Point{10, 20})})))
	fmt.Println(show(pv.MethodByName("Parts").Call(nil)), show(pv.MethodByName("String").Call(nil)))
	pp := V(&p)
	pp.MethodByName("Scale").Call([]reflect.Value{V(3.0)})
	fmt.Println(p, pp.NumMethod(), pp.MethodByName("Nope").IsValid())
	var s Shape = Square{3}
	sv := V(&s).Elem()
	fmt.Println(sv.NumMethod(), show(sv.Method(0).Call(nil)), show(sv.MethodByName("Name").Call(nil)))

	// method values as funcs, MakeFunc
	add := pv.MethodByName("Add").Interface().(func(Point) Point)
	p.X = 100 // the method value copied its receiver
	fmt.Println(add(Point{1, 1}))
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := V(&intSwap).Elem()
	fn.Set(reflect.MakeFunc(fn.Type(), swap))
	a, b := intSwap(1, 2)
	var strSwap func(string, string) (string, string)
	V(&strSwap).Elem().Set(reflect.MakeFunc(V(strSwap).Type(), swap))
	c, d := strSwap("x", "y")
	fmt.Println(a, b, c, d)
	neg := reflect.MakeFunc(reflect.TypeOf(func(int8, bool) int8 { return 0 }), func(in []reflect.Value) []reflect.Value {
		x := in[0].Int()
		if in[1].Bool() {
			x = -x
		}
		return []reflect.Value{reflect.ValueOf(int8(x))}
	}).Interface().(func(int8, bool) int8)
	fmt.Println(neg(5, true), neg(-7, false), show(V(neg).Call([]reflect.Value{V(int8(9)), V(true)})))

	// Type.Method: the method as a func of its receiver
	pt := reflect.TypeOf(Point{})
	m := pt.Method(0)
	fmt.Println(m.Name, m.Type, m.Index, pt.NumMethod(), show(m.Func.Call([]reflect.Value{V(Point{1, 2}), V(Point{3, 4})})))
	addf := m.Func.Interface().(func(Point, Point) Point)
	sm, ok := reflect.TypeOf(&p).MethodByName("Scale")
	fmt.Println(addf(Point{5, 5}, Point{1, 1}), sm.Type, ok, sm.Func.Type() == sm.Type)
	sm.Func.Call([]reflect.Value{V(&p), V(0.5)})
	fmt.Println(p)

	// types by their parts: the program's own descriptors
	st := reflect.SliceOf(reflect.TypeOf(""))
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf(""), reflect.TypeOf((*error)(nil)).Elem()}, false)
	vt := reflect.FuncOf([]reflect.Type{reflect.TypeOf(""), reflect.TypeOf([]int{})}, []reflect.Type{reflect.TypeOf("")}, true)
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0))
	at := reflect.ArrayOf(3, reflect.TypeOf(int16(0)))
	fmt.Println(st, st == reflect.TypeOf([]string{}), ft, vt, vt == reflect.TypeOf(sum), mt, mt == reflect.TypeOf(map[string]int{}), at)
	ms := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(Point{})), 2, 2)
	ms.Index(1).Set(V(Point{7, 7}))
	fmt.Println(ms.Interface().([]Point), reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(Big{})), 1, 1).Len())
	mm := reflect.MakeMap(mt)
	mm.SetMapIndex(V("k"), V(1))
	fmt.Println(mm.Interface().(map[string]int), reflect.New(at).Elem().Len())
	// a pointer type the program does not have: made once
	pa := reflect.PointerTo(at)
	na := reflect.New(at)
	na.Elem().Index(2).SetInt(9)
	fmt.Println(pa, pa == na.Type(), pa == reflect.PointerTo(at), na.Elem().Index(2).Int())
	fmt.Println(catch(func() { reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(0)) }))
	// a map type the program does not have: made at run time
	type key struct {
		Name string
		F    float64
		Big  [20]int64
	}
	kt := reflect.TypeOf(key{})
	made := reflect.MakeMap(reflect.MapOf(kt, reflect.TypeOf([]string{})))
	for i := 0; i < 100; i++ {
		k := key{Name: strconv.Itoa(i % 37), F: float64(i % 5)}
		k.Big[19] = int64(i % 3)
		old := made.MapIndex(V(k))
		if !old.IsValid() {
			old = V([]string(nil))
		}
		made.SetMapIndex(V(k), reflect.Append(old, V(strconv.Itoa(i))))
	}
	nan := key{Name: "nan", F: zero / zero}
	made.SetMapIndex(V(nan), V([]string{"a"}))
	made.SetMapIndex(V(nan), V([]string{"b"}))
	total := 0
	for it := made.MapRange(); it.Next(); {
		total += it.Value().Len()
	}
	probe := key{Name: "3", F: 3}
	probe.Big[19] = 0
	fmt.Println(made.Type(), made.Len(), total, made.MapIndex(V(probe)), made.MapIndex(V(nan)).IsValid())
	made.SetMapIndex(V(probe), reflect.Value{})
	fmt.Println(made.Len(), made.MapIndex(V(probe)).IsValid())

	// recover() in a func made by MakeFunc, and in a method value, deferred
	rec := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value {
		fmt.Println("made func recovered:", recover())
		return nil
	}).Interface().(func())
	func() {
		defer rec()
		panic("through MakeFunc")
	}()
	fmt.Println(catch(func() {
		defer V(Point{1, 1}).MethodByName("String").Interface().(func() string)()
		panic("not recovered by String")
	}))

	// a method value assigned, converted, compared by pointer
	var f0 func() string
	V(&f0).Elem().Set(pv.MethodByName("String"))
	type strf func() string
	g0 := pv.MethodByName("String").Convert(reflect.TypeOf(strf(nil))).Interface().(strf)
	fmt.Println(f0(), g0(), pv.MethodByName("String").Pointer() != 0)

	// misuse panics as Go's
	fmt.Println(catch(func() { V(sum).Call(nil) }))
	fmt.Println(catch(func() { V(mix).Call([]reflect.Value{V(1)}) }))
	fmt.Println(catch(func() { V(strings.ToUpper).Call([]reflect.Value{V(1)}) }))
	fmt.Println(catch(func() { V(strings.ToUpper).CallSlice([]reflect.Value{V("x")}) }))
	fmt.Println(catch(func() { var f func(); V(f).Call(nil) }))
	fmt.Println(catch(func() { V(func() { panic("inner") }).Call(nil) }))
	fmt.Println(catch(func() { V(3).Call(nil) }))
}

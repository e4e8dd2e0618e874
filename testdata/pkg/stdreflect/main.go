// minigo's own reflect (lib/reflect) over its type descriptors: types,
// struct tags, values, setting through pointers, maps, slices, conversions,
// DeepEqual and the panics of misuse; main's -m as gc's.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Celsius float64

type Inner struct{ X, Y int }

type P struct {
	Name string `json:"name" xml:"n"`
	Age  int    `json:"age,omitempty"`
	tags []string
	Inner
	Ptr *Inner
}

func (p P) Hello() string   { return "hi " + p.Name }
func (p *P) Rename(s string) { p.Name = s }

type Shape interface {
	Area() float64
	Name() string
}

func describe(x any) string {
	v := reflect.ValueOf(x)
	t := v.Type()
	var b strings.Builder
	b.WriteString(t.String() + " " + t.Kind().String())
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(&b, " int=%d bits=%d", v.Int(), t.Bits())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprintf(&b, " uint=%d", v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(&b, " float=%g", v.Float())
	case reflect.String:
		fmt.Fprintf(&b, " len=%d", v.Len())
	case reflect.Slice, reflect.Array:
		fmt.Fprintf(&b, " len=%d elem=%s", v.Len(), t.Elem())
	case reflect.Map:
		fmt.Fprintf(&b, " len=%d key=%s elem=%s", v.Len(), t.Key(), t.Elem())
	case reflect.Pointer:
		fmt.Fprintf(&b, " nil=%v elem=%s", v.IsNil(), t.Elem())
	case reflect.Struct:
		fmt.Fprintf(&b, " fields=%d", t.NumField())
	case reflect.Func:
		fmt.Fprintf(&b, " in=%d out=%d variadic=%v", t.NumIn(), t.NumOut(), t.IsVariadic())
	}
	fmt.Fprintf(&b, " name=%q pkg=%q size=%d align=%d comparable=%v zero=%v",
		t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable(), v.IsZero())
	return b.String()
}

func catch(f func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	for _, x := range []any{42, int8(-3), uint16(7), 2.5, Celsius(-40), "héllo", []int{1, 2},
		[3]string{}, map[string]bool{"a": true}, (*P)(nil), P{}, strings.ToUpper, fmt.Printf, errors.New("e")} {
		fmt.Println(describe(x))
	}

	// struct fields, tags, embedded promotion
	t := reflect.TypeOf(P{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("xml"), f.Offset, f.Index, f.Anonymous, f.IsExported())
	}
	if f, ok := t.FieldByName("Y"); ok {
		fmt.Println("Y via", f.Index, f.Type)
	}
	_, ok := t.FieldByName("Nope")
	v, ok2 := reflect.StructTag(`a:"1" b:"two \"q\""`).Lookup("b")
	fmt.Println(ok, v, ok2, t.NumMethod(), reflect.TypeOf(&P{}).NumMethod())

	// VisibleFields: promoted fields after their embedded field, hidden ones left out
	type A struct{ X, Z int }
	type B struct {
		X string
		W int
	}
	type C struct {
		A
		*B
		Z   float64
		own int
	}
	for _, f := range reflect.VisibleFields(reflect.TypeOf(C{})) {
		fmt.Print(f.Name, f.Index, f.Type, f.Anonymous, f.IsExported(), "; ")
	}
	fmt.Println()

	// setting through a pointer
	p := P{Name: "ann", Age: 7, Ptr: &Inner{1, 2}}
	pv := reflect.ValueOf(&p).Elem()
	pv.Field(1).SetInt(42)
	pv.FieldByName("Name").SetString("bob")
	pv.FieldByName("X").SetInt(9)
	pv.Field(4).Elem().Field(1).SetInt(-1)
	fmt.Println(p.Name, p.Age, p.X, p.Ptr.Y, pv.Field(2).CanSet(), pv.Field(1).CanSet(), pv.CanAddr())
	fmt.Println(catch(func() { pv.Field(2).Set(reflect.ValueOf([]string{"x"})) }))
	fmt.Println(catch(func() { reflect.ValueOf(p).Field(0).SetString("x") }))
	fmt.Println(catch(func() { reflect.ValueOf(3).Len() }))
	fmt.Println(catch(func() { reflect.ValueOf("s").Int() }))
	fmt.Println(catch(func() { var v reflect.Value; v.Type() }))

	// interfaces: Implements, Elem of an interface
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(shape.Kind(), shape.NumMethod(), shape.Name(), shape.PkgPath(),
		reflect.TypeOf(errors.New("x")).Implements(errT), reflect.TypeOf(p).Implements(stringer))
	var e error = errors.New("boom")
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Type(), ev.Interface(), ev.NumMethod())
	ev.Set(reflect.Zero(errT))
	fmt.Println(e == nil)

	// maps, sorted keys
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	mv := reflect.ValueOf(m)
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", mv.MapIndex(k), " ")
	}
	fmt.Println(mv.MapIndex(reflect.ValueOf("zz")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("d"), reflect.ValueOf(4))
	mv.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	sum := 0
	for it := mv.MapRange(); it.Next(); {
		sum += int(it.Value().Int()) * len(it.Key().String())
	}
	nm := reflect.MakeMapWithSize(reflect.TypeOf(map[int][]string{}), 4)
	nm.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf([]string{"one"}))
	fmt.Println(len(m), m["d"], sum, nm.Len(), nm.Interface())

	// slices: MakeSlice, Append, Copy, Slice, Index, Swapper
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 0, 0)
	caps := []int{}
	for i := 0; i < 20; i++ {
		s = reflect.Append(s, reflect.ValueOf(i*i))
		caps = append(caps, s.Cap())
	}
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{-1, -2}))
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), s.Slice(5, 10))
	arr := [4]byte{'a', 'b', 'c', 'd'}
	av := reflect.ValueOf(&arr).Elem()
	fmt.Println(s.Len(), caps, n, dst, s.Slice3(1, 2, 3).Cap(), string(av.Slice(1, 3).Bytes()), av.Index(2).Uint())
	words := []string{"c", "a", "b"}
	sw := reflect.Swapper(words)
	sw(0, 2)
	fmt.Println(words, reflect.ValueOf("hey").Index(1).Uint(), reflect.ValueOf("hey").Slice(1, 3))

	// New, Zero, Indirect, Addr, conversions
	np := reflect.New(reflect.TypeOf(Inner{}))
	np.Elem().Field(0).SetInt(5)
	in := np.Interface().(*Inner)
	fmt.Println(in.X, reflect.Indirect(np).Field(0).Int(), np.Elem().Addr().Type(), reflect.Zero(reflect.TypeOf(0)).Int())
	pi := reflect.New(reflect.TypeOf(0))
	pi.Elem().SetInt(77)
	fmt.Println(*pi.Interface().(*int), reflect.PointerTo(reflect.TypeOf("")))
	c := reflect.ValueOf(Celsius(36.6))
	fmt.Println(c.Convert(reflect.TypeOf(float64(0))).Interface(), reflect.ValueOf(65).Convert(reflect.TypeOf("")).Interface(),
		reflect.ValueOf("hi").Convert(reflect.TypeOf([]byte(nil))).Interface(), reflect.ValueOf(int64(300)).Convert(reflect.TypeOf(uint8(0))).Uint(),
		reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)),
		reflect.ValueOf(1).CanConvert(reflect.TypeOf(2.0)))
	fmt.Println(catch(func() { reflect.ValueOf("x").Convert(reflect.TypeOf(1)) }))
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(uint16(0)).OverflowUint(65535),
		reflect.ValueOf(float32(0)).OverflowFloat(1e40))

	// DeepEqual
	type node struct {
		v    int
		next *node
	}
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	fmt.Println(reflect.DeepEqual(map[string][]int{"x": {1}}, map[string][]int{"x": {1}}),
		reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(a, b), reflect.DeepEqual(p, P{}),
		reflect.DeepEqual(error(nil), nil), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual([]any{1, "a"}, []any{1, "a"}))
	fmt.Println(reflect.ValueOf(p.Inner), reflect.ValueOf(&p).Kind(), reflect.Value{}.String(), reflect.ValueOf(3).String())
}

// errorcheck -0 -m -l
package main

type S struct{ p *int }

var sink interface{}
var gp *int
var gps []*int

func notes(m map[string]*int, i interface{}) { // ERROR ": m does not escape$" ": leaking param: i$"
	a := 1 // ERROR ": moved to heap: a$"
	s := S{p: &a}
	gp = s.p
	b := 2 // ERROR ": moved to heap: b$"
	arr := [1]*int{&b}
	gp = arr[0]
	c := 3 // ERROR ": moved to heap: c$"
	for _, v := range []*int{&c} { // ERROR ": \[\]\*int\{\.\.\.\} does not escape$"
		gp = v
	}
	d := 4 // ERROR ": moved to heap: d$"
	for _, v := range [1]*int{&d} {
		gp = v
	}
	v, ok := m["k"]
	_ = ok
	gp = v
	w, ok2 := i.(*int)
	_ = ok2
	gp = w
	e := 5 // ERROR ": moved to heap: e$"
	x, y := &e, 0
	_ = y
	gp = x
	f := 6 // ERROR ": moved to heap: f$"
	gps = append([]*int{&f}, nil) // ERROR ": \[\]\*int\{\.\.\.\} escapes to heap$"
}

func main() { notes(nil, nil) }

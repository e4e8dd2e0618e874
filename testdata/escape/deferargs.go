// errorcheck -0 -m -l
// defer copies converted constants out of the call too (their conversions
// come first); conversions between interface types are not devirtualized;
// blank results are ~bN.
package main

import "fmt"

type T struct{ name string }

func (t *T) Close(msg string) { fmt.Println(t.name, msg) } // ERROR ": leaking param content: t$" ": leaking param: msg$" ": \.\.\. argument does not escape$" ": t\.name escapes to heap$" ": msg escapes to heap$"

func show(v interface{}) {} // ERROR ": v does not escape$"

func f(n int) (_ *int, err error) {
	defer fmt.Println("deferred 1") // ERROR `: "deferred 1" escapes to heap$` ": \.\.\. argument does not escape$"
	defer fmt.Println("deferred 2", n, nil) // ERROR `: "deferred 2" escapes to heap$` ": n escapes to heap$" ": \.\.\. argument does not escape$"
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i) // ERROR `: "loop" escapes to heap$` ": i escapes to heap$" ": \.\.\. argument does not escape$"
	}
	t := &T{"t"} // ERROR ": &T\{\.\.\.\} does not escape$"
	defer t.Close("bye")
	defer show(42) // ERROR ": 42 does not escape$"
	defer show(t)
	defer show(nil)
	defer func() { // ERROR ": func literal does not escape$"
		defer fmt.Println("inner") // ERROR `: "inner" escapes to heap$` ": \.\.\. argument does not escape$"
	}()
	return nil, nil
}

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string    { return "" } // ERROR ": b does not escape$"
func (b *Buf) Write(s string) { b.data = append(b.data, s) } // ERROR ": leaking param content: b$" ": leaking param: s$"

func devirt() {
	var rw ReadWriter = &Buf{} // ERROR ": &Buf\{\} escapes to heap$"
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read()) // ERROR ": devirtualizing rw\.Read to \*Buf$" ": \.\.\. argument does not escape$" ": r\.Read\(\) escapes to heap$" ": \(\*Buf\)\.Read\(rw\.\(\*Buf\)\) escapes to heap$"
	var w Writer = rw
	w.Write("x")
	rw2 := rw
	rw2.Write("y") // ERROR ": devirtualizing rw2\.Write to \*Buf$"
}

func blank(p *int) (_ *int, q *int) { return p, p } // ERROR ": leaking param: p to result ~b0 level=0$" ": leaking param: p to result q level=0$"

func main() {
	f(1)
	x := 1
	blank(&x)
	devirt()
}

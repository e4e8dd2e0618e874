// run

package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buf struct {
	data   []string
	closed bool
}

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buf) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buf) Close() error {
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	src := &Buf{}
	var rw ReadWriter = src
	rw.Write("hello")
	rw.Write("world")
	var rwc ReadWriteCloser = &Buf{}
	n := copyAll(rwc, rw)
	fmt.Println(n, len(src.data))
	var r Reader = rwc
	fmt.Println(r.Read())
	var w Writer = rwc
	w.Write("!")
	if c, ok := w.(Closer); ok {
		fmt.Println(c.Close(), rwc.(*Buf).closed)
	}
	fmt.Println(rwc.Read(), rwc.Read(), rwc.Read() == "")
	rw = rwc // ReadWriteCloser assignable to ReadWriter
	_, isRWC := rw.(ReadWriteCloser)
	fmt.Println(isRWC)
}

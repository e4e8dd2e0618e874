// Std packages compiled from $GOROOT/src: unicode, unicode/utf8,
// unicode/utf16, container/list, container/ring.  The -m lines of the
// unicode packages themselves are compared with go build's too.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "héllo, wörld ☺"
	fmt.Println(utf8.RuneCountInString(s), len(s), utf8.ValidString(s))
	r, n := utf8.DecodeRuneInString(s[1:])
	fmt.Println(r, n, string(r), unicode.IsUpper('É'), unicode.ToUpper('é'), unicode.IsLetter('☺'))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, utf8.RuneLen('世'))
	l := list.New()
	for i := 0; i < 5; i++ {
		l.PushBack(i * i)
	}
	l.MoveToFront(l.Back())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	rg := ring.New(4)
	for i := 0; i < rg.Len(); i++ {
		rg.Value = i
		rg = rg.Next()
	}
	sum := 0
	rg.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, utf16.Encode([]rune("a😀")), string(utf16.Decode([]uint16{0x48, 0xd83d, 0xde00})))
}

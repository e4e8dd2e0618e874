// run

package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Color int

func main() {
	fmt.Printf("%v %d %s %q\n", 42, 42, "str", "quoted\n")
	fmt.Printf("%x %X %o %b %08b %#x %#o\n", 255, 255, 8, 5, 5, 255, 8)
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "abc")
	fmt.Printf("%c %q %U %d\n", 'G', 'G', 'G', 'G')
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%8s] [%-8s] [%.2s] [%8.3s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%5.2f] [%-8.3f] [%08.3f] [%.0f] [%e] [%g]\n", 3.14159, 2.5, -1.5, 2.5, 1234.5678, 0.000012)
	fmt.Printf("%t %v\n", true, false)
	p := P{1, 2, "pt"}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%v %d %x\n", []int{1, 2, 3}, []int{10, 11}, []int{10, 11})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%v %T\n", map[string]int{"b": 2, "a": 1}, map[string]int{})
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"k": true}, "s")
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, []string{}, Color(1), struct{ A int }{})
	fmt.Printf("%v %d\n", Color(3), Color(3))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%v %v\n", nil, []interface{}{nil, 1})
	fmt.Printf("%x %X\n", -255, uint8(200))
	fmt.Printf("%5t|%-7v|%3c|\n", true, false, 'x')
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, 1.0/3)
	fmt.Printf("%s %v\n", []byte("bytes"), [3]byte{1, 2, 3})
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Printf("%v|%s|%d\n", int8(-5), "", uint64(18446744073709551615))
	fmt.Printf("%08.3f|%+.2e|%x\n", -3.14159, 12345.678, 3.5)
}

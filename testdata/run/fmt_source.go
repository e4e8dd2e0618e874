// fmt compiled from Go's source: verbs and flags, the interfaces fmt
// consults (Stringer, GoStringer, Formatter, error with %w), Fprint to any
// io.Writer, Sscan/Sscanf/Fscan, Append*.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type P struct {
	X, Y int
	name string
}

type S struct{ v int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.v) }

type G struct{}

func (G) GoString() string { return "G!" }

type F int

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	fmt.Fprintf(st, "F[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v]", verb, w, wok, p, pok,
		st.Flag('+'), st.Flag('-'), st.Flag('#'))
}

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	fmt.Println(1, -2, 3.5, "s", true, nil, 'x', []byte("ab"), [2]bool{true, false})
	fmt.Printf("%d %+d %5d %-5d| %05d %x %X %o %O %b %c %q %U %#U\n", 42, 42, 42, 42, -42, 255, 255, 8, 8, 5, 'A', 'B', 0x1F600, 'x')
	fmt.Printf("%e %E %f %.3f %8.2f %-8.2f| %g %G %v %.0f %+.1e\n", 1234.5678, 0.000123, 3.14159, 2.0/3, 1.5, 1.5, 1e21, 1e-7, 100.0, 2.5, -12345.678)
	fmt.Printf("%s %q %x % X %10s|%-10s| %.2s %#q\n", "héllo", "a\"b\n", "hi", "hi", "r", "l", "abc", "back`q")
	fmt.Printf("%v %+v %#v %T\n", P{1, 2, "n"}, P{1, 2, "n"}, P{1, 2, "n"}, P{})
	fmt.Printf("%v %#v %T %v\n", []int{1, 2}, []string{"a"}, map[string]int{}, map[int]string{2: "b", 1: "a"})
	fmt.Printf("%v %s %d %v %#v\n", S{7}, S{8}, S{9}, &S{10}, G{})
	fmt.Printf("%v|%+8.3x|%-#v\n", F(1), F(2), F(3))
	fmt.Printf("%t %v %p\n", false, struct{}{}, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %v\n", 10, 20, complex(1, -2))

	var e error = &E{3}
	w := fmt.Errorf("wrapped: %w", e)
	fmt.Println(w, errors.Unwrap(w) == e)
	var target *E
	fmt.Println(errors.As(w, &target), target.code)

	var buf bytes.Buffer
	n, err := fmt.Fprintf(&buf, "%s-%d", "x", 9)
	fmt.Println(buf.String(), n, err)
	fmt.Fprintln(os.Stdout, "to", "stdout")

	var a, b int
	var word string
	k, err := fmt.Sscanf("12 34 go", "%d %d %s", &a, &b, &word)
	fmt.Println(k, err, a+b, word)
	var f float64
	var s2 string
	k, err = fmt.Sscan("2.5 next", &f, &s2)
	fmt.Println(k, err, f, s2)
	var x, y int
	k, err = fmt.Fscan(strings.NewReader("7\n8"), &x, &y)
	fmt.Println(k, err, x*y)
	k, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(k, err)

	out := fmt.Appendf(nil, "%03d", 7)
	out = fmt.Append(out, " ", 1, 2)
	out = fmt.Appendln(out, "end")
	fmt.Print(string(out))
	fmt.Print("no", "space", 1, 2, "\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3) == "x 3\n")
}

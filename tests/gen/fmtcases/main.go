// Generates tests/fmt_cases.h: each case is formatted by Go 1.19's fmt here,
// and emitted with a C expression that builds the same operands.
package main

import (
	"fmt"
	"math"
	"os"
	"strings"
)

type T struct {
	A int
	B string
}
type P struct{ X, Y int }
type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt<%d>", int(m)) }

type Color int

func (c Color) String() string { return []string{"red", "green", "blue"}[c] }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type inner struct {
	a int
	c Color
}
type Outer struct {
	Name string
	In   inner
	C    Color
	S    []int
	I    interface{}
}
type Bytes []byte
type Celsius float64
type Str string
type Pair [2]int

// fx names a fixture the C side builds with X("name").
type fx struct {
	name string
	v    any
}

var fixtures = map[string]any{
	"T1":        T{1, "x"},
	"pT1":       &T{1, "x"},
	"P0":        P{},
	"ints":      []int{1, 2, 3},
	"nilints":   []int(nil),
	"strs":      []string{"a", "b c"},
	"arr":       [3]int{1, 2, 3},
	"msi":       map[string]int{"b": 2, "a": 1, "c": 3},
	"mis":       map[int]string{3: "c", -1: "z", 2: "b"},
	"nilmap":    map[string]int(nil),
	"mfs":       map[float64]string{math.NaN(): "nan", 1.5: "x", -2: "y"},
	"mbi":       map[bool]int{true: 1, false: 0},
	"efaces":    []interface{}{1, "a", nil, 2.5},
	"myint":     MyInt(7),
	"myints":    []MyInt{1, 2},
	"perr":      &E{"boom"},
	"Eval":      E{"boom"},
	"outer":     Outer{"o", inner{1, 1}, 2, []int{4}, 5},
	"bytes":     []byte("hi"),
	"Bytes":     Bytes("hi\x00"),
	"nilptr":    (*T)(nil),
	"celsius":   Celsius(36.6),
	"str":       Str("named"),
	"pair":      Pair{1, 2},
	"nested":    []P{{1, 2}, {3, 4}},
	"mapnested": map[string][]int{"a": {1}, "b": nil},
	"structmap": map[P]string{{2, 1}: "b", {1, 2}: "a", {1, -1}: "c"},
	"empty":     struct{}{},
	"pmap":      &map[string]int{"k": 1},
	"parr":      &[2]string{"x", "y"},
	"colors":    map[Color]Color{2: 0, 0: 1},
	"u8s":       []uint8{1, 255},
	"f32s":      []float32{0.1, 1e10},
	"pnested":   &[]P{{5, 6}},
	"bools":     [2]bool{true, false},
}

func X(name string) fx { return fx{name, fixtures[name]} }

func clit(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func carg(a any) string {
	switch v := a.(type) {
	case nil:
		return "NIL"
	case fx:
		return fmt.Sprintf("X(%s)", clit(v.name))
	case int:
		return fmt.Sprintf("I(%dLL)", v)
	case int8:
		return fmt.Sprintf("I8(%d)", v)
	case int16:
		return fmt.Sprintf("I16(%d)", v)
	case int32:
		return fmt.Sprintf("I32(%d)", v)
	case int64:
		if v == math.MinInt64 {
			return "I64(INT64_MIN)"
		}
		return fmt.Sprintf("I64(%dLL)", v)
	case uint:
		return fmt.Sprintf("U(%dULL)", v)
	case uint8:
		return fmt.Sprintf("U8(%d)", v)
	case uint16:
		return fmt.Sprintf("U16(%d)", v)
	case uint32:
		return fmt.Sprintf("U32(%dU)", v)
	case uint64:
		return fmt.Sprintf("U64(%dULL)", v)
	case uintptr:
		return fmt.Sprintf("UP(%dULL)", v)
	case float32:
		return fmt.Sprintf("F32(0x%08xU)", math.Float32bits(v))
	case float64:
		return fmt.Sprintf("F64(0x%016xULL)", math.Float64bits(v))
	case string:
		return fmt.Sprintf("S(%s, %d)", clit(v), len(v))
	case bool:
		if v {
			return "B(1)"
		}
		return "B(0)"
	}
	panic(fmt.Sprintf("no C form for %T", a))
}

func goval(a any) any {
	if f, ok := a.(fx); ok {
		if f.v == nil && f.name != "nil" {
			if _, ok := fixtures[f.name]; !ok {
				panic("no fixture " + f.name)
			}
		}
		return f.v
	}
	return a
}

var n int
var out strings.Builder

func emit(kind byte, format string, args ...any) {
	gargs := make([]any, len(args))
	cargs := make([]string, len(args))
	for i, a := range args {
		gargs[i] = goval(a)
		cargs[i] = carg(a)
	}
	var got string
	switch kind {
	case 'f':
		got = fmt.Sprintf(format, gargs...)
	case 'p':
		got = fmt.Sprint(gargs...)
	case 'l':
		got = fmt.Sprintln(gargs...)
	}
	fmt.Fprintf(&out, "\tcase %d: return C('%c', %s, %s, %d, %d", n, kind, clit(format), clit(got), len(got), len(args))
	for _, c := range cargs {
		out.WriteString(", " + c)
	}
	out.WriteString(");\n")
	n++
}

func f(format string, args ...any) { emit('f', format, args...) }

func main() {
	ints := []any{0, 42, -7, math.MaxInt64, int64(math.MinInt64), int8(-128), int16(300), int32(-65), uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(4096)}
	for _, v := range ints {
		for _, verb := range []string{"%v", "%d", "%x", "%X", "%o", "%O", "%b", "%#x", "%#o", "%#v", "%+d", "% d", "%8d", "%-8d|", "%08d", "%.3d", "%c", "%q", "%U", "%s", "%t", "%T", "%5.2x"} {
			f(verb, v)
		}
	}
	for _, v := range []int{0x1F600, 0x61, 0x7f, 0xd800, -1, 0x110000, 10, 0xe9} {
		for _, verb := range []string{"%c", "%q", "%+q", "%U", "%#U", "%#q", "%08U", "%-6c|"} {
			f(verb, int32(v))
		}
	}
	floats := []any{0.0, math.Copysign(0, -1), 1.0, -2.25, 0.1, 1e21, 1e20, 123456789.0, 1e-5, 0.0001, 1.0 / 3, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64, 100.0, 1e6, 2.5e-10, float32(0.1), float32(1) / 3, float32(16777216), float32(1e-45)}
	for _, v := range floats {
		for _, verb := range []string{"%v", "%g", "%e", "%E", "%f", "%.2f", "%.0f", "%.3e", "%.3g", "%.10g", "%G", "%8.3f|", "%-10.2e|", "%+f", "% f", "%010.3f", "%#g", "%#.3g", "%#v", "%b", "%x", "%X", "%.2x", "%F", "%d", "%+.1e", "%#.0f", "%#e"} {
			f(verb, v)
		}
	}
	strs := []any{"", "hi", "héllo", "a\"b\\c", "tab\there\n", "\xff\xfeok", "日本語", "\u00a0\u2028", "`raw`", "\x7f\x01"}
	for _, v := range strs {
		for _, verb := range []string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%# x", "%#x", "%8s|", "%-8s|", "%.2s", "%.1q", "%5.1s|", "%d", "%T", "%#v", "%08s"} {
			f(verb, v)
		}
	}
	for _, v := range []any{true, false} {
		for _, verb := range []string{"%v", "%t", "%5t|", "%-6v|", "%d", "%#v", "%q"} {
			f(verb, v)
		}
	}
	for _, name := range []string{"T1", "pT1", "P0", "ints", "nilints", "strs", "arr", "msi", "mis", "nilmap", "mfs", "mbi", "efaces", "myint", "myints", "perr", "Eval", "outer", "bytes", "Bytes", "nilptr", "celsius", "str", "pair", "nested", "mapnested", "structmap", "empty", "pmap", "parr", "colors", "u8s", "f32s", "pnested", "bools"} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%5v|", "%03d"} {
			f(verb, X(name))
		}
	}
	// argument handling
	f("%d %d", 1)
	f("%d", 1, 2, "x")
	f("%!", 1)
	f("%", 1)
	f("%z", 3)
	f("%[2]d %[1]d", 1, 2)
	f("%[3]d", 1, 2)
	f("%[0]d", 1)
	f("%[x]d", 1)
	f("%*d|", 5, 42)
	f("%-*d|", 5, 42)
	f("%*d|", -5, 42)
	f("%.*f", 2, 3.14159)
	f("%*d", "x", 1)
	f("%.*d", -1, 7)
	f("%[2]*[1]d|", 12, 5)
	f("100%%", 1)
	f("%v %v", nil, nil)
	f("%d", nil)
	f("%s", nil)
	f("%T", nil)
	f("no verbs")
	f("%v", X("efaces"), X("myint"))
	f("%6.2f|%-6.2f|%06.2f", 3.14159, 3.14159, -3.14159)
	f("%x %X", "hello", X("bytes"))
	f("%3c|%-3c|", 'x', 'y')
	f("%10.4v|", "abcdefgh")
	f("%+v", X("outer"))
	f("%w", 1)
	f("%s %v", X("perr"), X("perr"))
	f("%v", uint8(255))
	f("%é", 1)
	f("%.d", 0)
	f("%5.d|", 0)
	f("%+.3e", 12345.678)
	f("%#o %#b %#X", 8, 5, 255)
	f("%U", uint64(math.MaxUint64))
	f("%c", uint64(1)<<40)
	f("%x", -255)
	f("% x", 255)
	f("%#08x", 255)
	// Print and Println
	emit('p', "", 1, 2, "a", "b", 3, 4.5, "c", true, nil, X("myint"))
	emit('p', "")
	emit('p', "", "a", 1, "b")
	emit('p', "", X("ints"), X("T1"))
	emit('l', "", 1, "a", nil, 2.5, X("msi"), X("perr"))
	emit('l', "")
	emit('l', "", float32(0.1), 1e21, X("pT1"))

	fmt.Printf("/* Generated by tests/gen/fmtcases (cd tests/gen/fmtcases && go run . > ../../fmt_cases.h): the expectations are Go 1.19's fmt output. */\n")
	fmt.Printf("enum { NFMTCASES = %d };\n", n)
	fmt.Printf("static int fmtcase(int i)\n{\n\tswitch (i) {\n%s\t}\n\treturn 0;\n}\n", out.String())
	os.Exit(0)
}

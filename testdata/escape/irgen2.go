// errorcheck -0 -m -l
// Elided &T in literals, append/copy, method values and expressions,
// string conversions, comma-ok forms, variadic forwarding.
package main

import "fmt"

type P struct{ a, b interface{} }
type Q struct {
	p  *P
	ps []*P
}
type Str string

func (s Str) Len() int { return len(s) } // ERROR ": s does not escape$"

type Lener interface{ Len() int }

var sink interface{}

func build(n int, s string) *Q { // ERROR ": leaking param: s$"
	q := &Q{p: &P{n, s}, ps: []*P{{a: n}, {b: s}, nil}} // ERROR ": &Q\{\.\.\.\} escapes to heap$" ": &P\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": s escapes to heap$" ": \[\]\*P\{\.\.\.\} escapes to heap$" ": &P\{\.\.\.\} escapes to heap$" ": n escapes to heap$" ": &P\{\.\.\.\} escapes to heap$" ": s escapes to heap$"
	q.ps = append(q.ps, &P{1, 2}) // ERROR ": &P\{\.\.\.\} escapes to heap$" ": 1 escapes to heap$" ": 2 escapes to heap$"
	q.ps = append(q.ps, q.ps...)
	var dst []*P
	copy(dst, q.ps)
	return q
}

func methods(s Str, l Lener) { // ERROR ": leaking param: s$" ": leaking param: l$"
	f := Str.Len
	g := (*Str).Len
	h := l.Len // ERROR ": l\.Len does not escape$"
	fmt.Println(f(s), g(&s), h(), Lener.Len(s), Str("x").Len()) // ERROR ": \.\.\. argument does not escape$" ": f\(s\) escapes to heap$" ": g\(&s\) escapes to heap$" ": h\(\) escapes to heap$" ": Lener\.Len\(s\) escapes to heap$" ": s escapes to heap$" `: Str\.Len\(Str\("x"\)\) escapes to heap$`
	var arr [2]Lener = [2]Lener{s, Str("y")} // ERROR ": s escapes to heap$" `: Str\("y"\) escapes to heap$`
	sink = arr // ERROR ": arr escapes to heap$"
	fmt.Println(string([]byte("abc")), []byte(s), string(rune(65)), string(s[0])) // ERROR ": \.\.\. argument does not escape$" `: string\(\(\[\]byte\)\("abc"\)\) escapes to heap$` `: string\(\(\[\]byte\)\("abc"\)\) escapes to heap$` `: \(\[\]byte\)\("abc"\) does not escape$` ": \(\[\]byte\)\(s\) escapes to heap$" ": \(\[\]byte\)\(s\) escapes to heap$" ": string\(rune\(65\)\) escapes to heap$" ": string\(s\[0\]\) escapes to heap$" ": string\(s\[0\]\) escapes to heap$"
	b := []byte("hi") // ERROR `: \(\[\]byte\)\("hi"\) does not escape$`
	fmt.Println(string(b), string(b[:1])) // ERROR ": \.\.\. argument does not escape$" ": string\(b\) escapes to heap$" ": string\(b\) escapes to heap$" ": string\(b\[:1\]\) escapes to heap$" ": string\(b\[:1\]\) escapes to heap$"
	m := map[Str]Lener{"a": s} // ERROR ": map\[Str\]Lener\{\.\.\.\} does not escape$" ": s escapes to heap$"
	for k, v := range m {
		fmt.Println(k, v) // ERROR ": \.\.\. argument does not escape$" ": k escapes to heap$"
	}
	if v, ok := m["a"]; ok {
		fmt.Println(v) // ERROR ": \.\.\. argument does not escape$"
	}
	if t, ok := l.(Str); ok {
		sink = t // ERROR ": t escapes to heap$"
	}
	switch x := l.(type) {
	case Str:
		fmt.Println(x + "!") // ERROR ": \.\.\. argument does not escape$" `: x \+ "!" escapes to heap$` `: x \+ "!" escapes to heap$`
	default:
		fmt.Println(x) // ERROR ": \.\.\. argument does not escape$"
	}
}

func vari(prefix string, args ...interface{}) { // ERROR ": leaking param: prefix$" ": leaking param content: args$"
	fmt.Println(append([]interface{}{prefix}, args...)...) // ERROR ": \[\]interface \{\}\{\.\.\.\} does not escape$" ": prefix escapes to heap$"
	fmt.Printf(prefix, args...)
}

func main() {
	build(1, "x")
	methods("s", Str("l")) // ERROR `: Str\("l"\) escapes to heap$`
	vari("p", 1, "two", nil) // ERROR ": \.\.\. argument does not escape$" ": 1 escapes to heap$" `: "two" escapes to heap$`
	vari("q")
}

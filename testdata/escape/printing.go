// errorcheck -0 -m -l
package main

import "fmt"

var sink interface{}

type T struct{ a int }
type S string

func f(n int, s string, b []byte) { // ERROR ": s does not escape$" ": b does not escape$"
	sink = []any{n} // ERROR ": \[\]any\{\.\.\.\} escapes to heap$" ": \[\]any\{\.\.\.\} escapes to heap$" ": n escapes to heap$"
	sink = []struct{ x, y *int }{} // ERROR ": \[\]struct \{ x \*int; y \*int \}\{\} escapes to heap$" ": \[\]struct \{ x \*int; y \*int \}\{\} escapes to heap$"
	sink = []interface{ M() }{} // ERROR ": \[\]interface \{ M\(\) \}\{\} escapes to heap$" ": \[\]interface \{ M\(\) \}\{\} escapes to heap$"
	sink = []func(int) (int, error){} // ERROR ": \[\]func\(int\) \(int, error\)\{\} escapes to heap$" ": \[\]func\(int\) \(int, error\)\{\} escapes to heap$"
	sink = ([]byte)(s) // ERROR ": \(\[\]byte\)\(s\) escapes to heap$" ": \(\[\]byte\)\(s\) escapes to heap$"
	sink = []byte(s) // ERROR ": \(\[\]byte\)\(s\) escapes to heap$" ": \(\[\]byte\)\(s\) escapes to heap$"
	sink = string(b) // ERROR ": string\(b\) escapes to heap$" ": string\(b\) escapes to heap$"
	sink = S(b) // ERROR ": S\(b\) escapes to heap$" ": S\(b\) escapes to heap$"
	sink = any(n) // ERROR ": any\(n\) escapes to heap$"
	sink = &T{a: 1} // ERROR ": &T\{\.\.\.\} escapes to heap$"
	sink = &[]int{1} // ERROR ": &\[\]int\{\.\.\.\} escapes to heap$" ": \[\]int\{\.\.\.\} escapes to heap$"
	sink = map[string]*T{} // ERROR ": map\[string\]\*T\{\} escapes to heap$"
	sink = s + "x" + s // ERROR `: s \+ "x" \+ s escapes to heap$` `: s \+ "x" \+ s escapes to heap$`
	sink = 1 << 3 // ERROR ": 1 << 3 escapes to heap$"
	sink = n << 3 // ERROR ": n << 3 escapes to heap$"
	sink = [2]*int{} // ERROR ": \[2\]\*int\{\} escapes to heap$"
	x := 3
	sink = func() int { return x } // ERROR ": func literal escapes to heap$"
	t := T{}
	sink = t.a // ERROR ": t\.a escapes to heap$"
	sink = fmt.Sprint(n, t) // ERROR ": fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" ": \.\.\. argument does not escape$" ": n escapes to heap$" ": t escapes to heap$"
	fmt.Println(n) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$"
	sink = new(T) // ERROR ": new\(T\) escapes to heap$"
	sink = make(map[S]int) // ERROR ": make\(map\[S\]int\) escapes to heap$"
	sink = make([]T, n, 10) // ERROR ": make\(\[\]T, n, 10\) escapes to heap$" ": make\(\[\]T, n, 10\) escapes to heap$"
}

func main() {}

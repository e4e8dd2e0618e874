// errorcheck -0 -m -l
// irgen's order across a file: package-level initialisers, multi-value
// declarations, temporaries in loops, labels and closures.
package main

import (
	"fmt"
	"strings"
)

type I interface{ M() int }
type T struct{ x int }

func (t T) M() int   { return t.x }
func (t *T) P() *int { return &t.x } // ERROR ": leaking param: t to result ~r0 level=0$"

type W struct {
	I
	name string
}

var g interface{} = T{}
var gs = []interface{}{1, "a", T{2}}
var gm = map[string]interface{}{"k": g} // ERROR ": map\[string\]interface \{\}\{\.\.\.\} escapes to heap$"
var gf = fmt.Sprint(3, "x") // ERROR ": \.\.\. argument does not escape$" ": 3 escapes to heap$" `: "x" escapes to heap$`

func pair() (int, string) { return 1, "a" }
func ti() (T, error)      { return T{}, nil }
func getI() I             { return T{} } // ERROR ": T\{\} escapes to heap$"
func getW() W             { return W{T{}, "w"} } // ERROR ": T\{\} escapes to heap$"

func init() {
	fmt.Println(gs, gm, gf) // ERROR ": \.\.\. argument does not escape$" ": gs escapes to heap$" ": gf escapes to heap$"
}

func vars(n int) (res interface{}, err error) {
	var a, b interface{} = pair() // ERROR ": \.autotmp_5 escapes to heap$" ": \.autotmp_6 escapes to heap$"
	var c interface{}
	var d error
	c, d = ti() // ERROR ": \.autotmp_9 escapes to heap$"
	res = a
	err = d
	fmt.Println(b, c) // ERROR ": \.\.\. argument does not escape$"
	w := getW()
	fmt.Println(w.M(), getW().M(), getW().I.M(), w.I.M()) // ERROR ": \.\.\. argument does not escape$" ": w\.I\.M\(\) escapes to heap$" ": \.autotmp_12\.M\(\) escapes to heap$" ": \.autotmp_13\.M\(\) escapes to heap$" ": w\.I\.M\(\) escapes to heap$"
	t := T{n}
	p := t.P()
	q := (&T{n}).P() // ERROR ": &T\{\.\.\.\} does not escape$"
	fmt.Println(*p, *q) // ERROR ": \.\.\. argument does not escape$" ": \*p escapes to heap$" ": \*q escapes to heap$"
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String(), strings.Repeat("a", n)) // ERROR ": \.\.\. argument does not escape$" ": \(\*strings\.Builder\)\.String\(sb\) escapes to heap$" `: strings\.Repeat\("a", n\) escapes to heap$`
	return
}

func loops(xs []int) int { // ERROR ": xs does not escape$"
	total := 0
outer:
	for i, x := range xs {
		switch {
		case x > 10:
			continue outer
		case x < 0:
			break outer
		}
		v := T{x} // ERROR ": moved to heap: v$"
		total += v.M() + i
		fmt.Println(T{i}.M(), &v) // ERROR ": \.\.\. argument does not escape$" ": T\.M\(T\{\.\.\.\}\) escapes to heap$"
	}
	i := 0
loop:
	if i < 3 {
		i++
		y := i // ERROR ": moved to heap: y$"
		fmt.Println(&y) // ERROR ": \.\.\. argument does not escape$"
		goto loop
	}
	return total
}

func funcs() {
	fs := []func() int{func() int { return 1 }} // ERROR ": \[\]func\(\) int\{\.\.\.\} does not escape$" ": func literal does not escape$"
	for _, f := range fs {
		fmt.Println(f()) // ERROR ": \.\.\. argument does not escape$" ": f\(\) escapes to heap$"
	}
	h := func(a ...interface{}) int { return len(a) } // ERROR ": a does not escape$" ": func literal does not escape$"
	fmt.Println(h(1, 2), h(), h([]interface{}{3}...)) // ERROR ": \.\.\. argument does not escape$" ": h\(\.\.\. argument\.\.\.\) escapes to heap$" ": \.\.\. argument does not escape$" ": 1 does not escape$" ": 2 does not escape$" ": h\(nil\.\.\.\) escapes to heap$" ": h\(\[\]interface \{\}\{\.\.\.\}\.\.\.\) escapes to heap$" ": \[\]interface \{\}\{\.\.\.\} does not escape$" ": 3 does not escape$"
	fmt.Println(func() (int, string) { return 1, "a" }()) // ERROR ": func literal does not escape$" ": \.\.\. argument does not escape$" ": \.autotmp_3 escapes to heap$" ": \.autotmp_4 escapes to heap$"
}

func main() {
	vars(1)
	loops([]int{1, 2, 30}) // ERROR ": \[\]int\{\.\.\.\} does not escape$"
	funcs()
	fmt.Println(g, getI().M()) // ERROR ": \.\.\. argument does not escape$" ": \.autotmp_0\.M\(\) escapes to heap$"
}

// errorcheck -0 -m -l
// A program of interfaces over embedded pointers, recover in a deferred
// literal, multi-value lookups and builder calls: -m as gc, whole.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name } // ERROR ": leaking param: b to result ~r0 level=1$"

type Dog struct {
	*Base
	loud bool
}

func (d Dog) Sound() string { // ERROR ": d does not escape$"
	if d.loud {
		return strings.ToUpper("woof")
	}
	return "woof"
}

type Pair struct {
	K string
	V interface{}
}

func newDog(n string) Animal { return Dog{&Base{n}, true} } // ERROR ": leaking param: n$" ": Dog\{\.\.\.\} escapes to heap$" ": &Base\{\.\.\.\} escapes to heap$"

func describe(a Animal) string { // ERROR ": leaking param: a$"
	return fmt.Sprintf("%s says %s", a.Name(), a.Sound()) // ERROR ": \.\.\. argument does not escape$" ": a\.Name\(\) escapes to heap$" ": a\.Sound\(\) escapes to heap$"
}

func find(xs []Pair, k string) (interface{}, error) { // ERROR ": leaking param: xs to result ~r0 level=1$" ": k does not escape$"
	for _, p := range xs {
		if p.K == k {
			return p.V, nil
		}
	}
	return nil, errors.New("missing " + k) // ERROR `: "missing " \+ k escapes to heap$`
}

func process(items map[string][]int) (total int, err error) { // ERROR ": items does not escape$"
	defer func() { // ERROR ": func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR ": \.\.\. argument does not escape$"
		}
	}()
	for k, vs := range items {
		if len(vs) == 0 {
			panic("empty " + k) // ERROR `: "empty " \+ k escapes to heap$` `: "empty " \+ k escapes to heap$`
		}
		for i := range vs {
			total += vs[i]
		}
	}
	return
}

func main() {
	a := newDog("rex")
	fmt.Println(describe(a), describe(newDog("fido"))) // ERROR ": \.\.\. argument does not escape$" ": describe\(a\) escapes to heap$" `: describe\(newDog\("fido"\)\) escapes to heap$`
	ps := []Pair{{"a", 1}, {"b", "two"}, {K: "c", V: []int{3}}} // ERROR ": \[\]Pair\{\.\.\.\} does not escape$" ": 1 escapes to heap$" `: "two" escapes to heap$` ": \[\]int\{\.\.\.\} escapes to heap$" ": \[\]int\{\.\.\.\} escapes to heap$"
	if v, err := find(ps, "b"); err == nil {
		fmt.Println(v) // ERROR ": \.\.\. argument does not escape$"
	} else {
		fmt.Println(err) // ERROR ": \.\.\. argument does not escape$"
	}
	_, err := find(ps, "z")
	fmt.Println(err) // ERROR ": \.\.\. argument does not escape$"
	t, err := process(map[string][]int{"x": {1, 2}, "y": {}}) // ERROR ": map\[string\]\[\]int\{\.\.\.\} does not escape$" ": \[\]int\{\.\.\.\} escapes to heap$" ": \[\]int\{\} escapes to heap$"
	fmt.Println(t, err) // ERROR ": \.\.\. argument does not escape$" ": t escapes to heap$"
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprint(i)) // ERROR ": \.\.\. argument does not escape$" ": i escapes to heap$"
	}
	words := strings.Fields(" a b  c ")
	fmt.Println(sb.String(), len(words), strings.Join(words, "-")) // ERROR ": \.\.\. argument does not escape$" ": \(\*strings\.Builder\)\.String\(sb\) escapes to heap$" ": len\(words\) escapes to heap$" `: strings\.Join\(words, "-"\) escapes to heap$`
	m := map[Pair]bool{} // ERROR ": map\[Pair\]bool\{\} does not escape$"
	_ = m
	func() { // ERROR ": func literal does not escape$"
		defer fmt.Println("deferred in literal", len(ps)) // ERROR `: "deferred in literal" escapes to heap$` ": len\(ps\) escapes to heap$" ": \.\.\. argument does not escape$"
	}()
	x := 10
	inc := func(d int) { x += d } // ERROR ": func literal does not escape$"
	inc(2)
	fmt.Println(x, os.Args[0] != "") // ERROR ": \.\.\. argument does not escape$" ": x escapes to heap$" `: os\.Args\[0\] != "" escapes to heap$`
}

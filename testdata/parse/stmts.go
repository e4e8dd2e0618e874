// parse

// Every statement form: assignments (=, :=, op= for each operator, tuple),
// ++ and --, if/else chains with init, all for forms, range over slices,
// strings and maps with each left side, expression and type switches with
// init, fallthrough, labels with break/continue/goto, defer, return.

package main

import "fmt"

func stmts(xs []int, m map[string]int, s string, i interface{}) (r int) {
	a, b := 1, 2
	a, b = b, a
	a += 1
	a -= 1
	a *= 2
	a /= 2
	a %= 7
	a &= 3
	a |= 4
	a ^= 5
	a <<= 1
	a >>= 1
	a &^= 2
	a++
	b--
	xs[0] = a
	m["k"] = b
	*(&a) = 3
	var p struct{ f int }
	p.f = 1
	_ = p

	if a > b {
		a = b
	} else if c := a * 2; c > 10 {
		a = c
	} else {
		b = a
	}
	if v, ok := m["k"]; ok {
		_ = v
	}

	for {
		break
	}
	for a < 10 {
		a++
	}
	for i := 0; i < 3; i++ {
		continue
	}
	for ; ; a++ {
		if a > 20 {
			break
		}
	}
	for i := range xs {
		_ = i
	}
	for i, x := range xs {
		_, _ = i, x
	}
	for _, r := range s {
		_ = r
	}
	for k, v := range m {
		_, _ = k, v
	}
	for range xs {
	}
	var k string
	for k = range m {
	}
	_ = k

	switch a {
	case 1, 2:
		a = 0
		fallthrough
	case 3:
	default:
		b = 1
	}
	switch x := a + b; {
	case x > 1:
	case x < 0:
	}
	switch {
	}
	switch v := i.(type) {
	case nil:
	case int, int64:
		_ = v
	case []int, map[string]int, *int, func(), struct{}, interface{ M() }:
	case error:
		_ = v.Error()
	default:
	}
	switch i.(type) {
	case string:
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	goto end
end:
	defer fmt.Println("done")
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	{
		nested := 1
		_ = nested
	}
	;
	return a + b
}

func empty() {
L:
	goto L
}

func main() {
	fmt.Println(stmts([]int{1}, map[string]int{"k": 1}, "héllo", 1))
	if false {
		empty()
	}
}

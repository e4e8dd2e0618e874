// parse

// Every expression form: all operators at every precedence level, unary
// operators, literals of every kind (decimal/hex/octal/binary integers
// with _, decimal and hex floats, runes and strings with every
// escape, raw strings), composite literals (struct, array, [...], slice,
// map, nested, keyed, elided types, &T{}), function literals, method values
// and expressions, conversions, type assertions, 2- and 3-index slices, and
// composite literals inside if/for/switch headers where Go allows them.

package main

import "fmt"

type T struct {
	a, b int
	s    []int
}

func (t T) M(x int) int  { return t.a + x }
func (t *T) P() *T       { return t }

func exprs() {
	i := 1 + 2*3 - 4/2%3<<1>>1&7|8^9&^10
	b := i < 2 || i <= 3 && i > 4 || i >= 5 && i == 6 || i != 7
	u := -i + +i + ^i
	nb := !b
	ints := []int{1_000_000, 0x_FF, 0Xab, 0o17, 0O17, 017, 0b1010, 0B1, 0}
	floats := []float64{1.5, .5, 1., 1e3, 1E-3, 0x1p-2, 0x1.8P+1, 0X.8p0, 1_0.2_5}
	c := 0x1p2 + 1.5 // imaginary literals are lexed (check_lexer) but complex numbers are outside the subset
	runes := []rune{'a', 'é', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\000', '\x41', '\u00e9', '\U0001F600'}
	strs := []string{"", "a\"b", "\a\b\f\n\r\t\v\\", "\101\x41\u00e9\U0001F600", `raw \n
string`, "héllo, 世界"}
	arr := [3]int{1, 2, 3}
	arr2 := [...]string{2: "c", 0: "a"}
	sl := [][]int{{1}, {2, 3}, nil}
	mp := map[string][]T{"x": {{a: 1}, {b: 2}}}
	mk := map[[2]int]string{{1, 2}: "p"}
	pt := &T{a: 1, s: []int{1}}
	pts := []*T{{a: 1}, &T{}}
	anon := struct{ x, y int }{1, 2}
	f := func(x int) int { return x * 2 }
	mv := pt.M
	me := T.M
	mp2 := (*T).P
	conv := []byte("abc")
	str := string(conv)
	rs := []rune(str)
	fl := float64(i) + float64(int8(1))
	var e interface{} = pt
	t2, ok := e.(*T)
	s2 := ints[1:3]
	s3 := ints[:2:4]
	s4 := ints[1:]
	s5 := ints[:]
	s6 := str[1:2]
	el := mp["x"][0].s
	ch := (*pt).a
	call := f(f(1))
	paren := ((i))
	dots := fmt.Sprint(append([]interface{}{}, "a", 1)...)
	fn := (func())(nil)
	_ = fn
	if pt == (&T{}) {
	}
	if x := (T{}); x.a == 0 {
	}
	for _, v := range []int{1, 2} {
		_ = v
	}
	switch (struct{ a int }{1}) {
	}
	if len(map[string]int{"a": 1}) > 0 {
	}
	fmt.Println(i, b, u, nb, ints, floats, c, runes, strs, arr, arr2, sl, mp, mk, pts, anon, mv, me, mp2, rs, fl, t2, ok, s2, s3, s4, s5, s6, el, ch, call, paren, dots)
}

func main() { exprs() }

// errorcheck -0 -m -l
package main

type S struct {
	p   *int
	buf []int
	n   int
}

var sink interface{}
var gp *int

func (s *S) trim(i, j int) { // ERROR ": s does not escape$"
	s.buf = s.buf[i:j] // ERROR ": \(\*S\)\.trim ignoring self-assignment in s\.buf = s\.buf\[i:j\]$"
}

func selfField(s *S) { // ERROR ": s does not escape$"
	s.p = s.p // ERROR ": selfField ignoring self-assignment in s\.p = s\.p$"
}

func two(a, b *int) (x *int, y *int) { // ERROR ": leaking param: a to result x level=0$" ": leaking param: b to result y level=0$"
	x = a
	y = b
	return
}

func multi(a *int, s []*int) (*int, int, *int) { // ERROR ": leaking param: a to result ~r2 level=0$" ": leaking param: s to result ~r0 level=1$"
	return s[0], 0, a
}

func fieldLeak(s S) *int { // ERROR ": leaking param: s to result ~r0 level=0$"
	return s.p
}

func fieldLeak2(s *S) *int { // ERROR ": leaking param: s to result ~r0 level=1$"
	return s.p
}

func panicky(p *int) { // ERROR ": leaking param: p$"
	panic(p)
}

func copies(dst, src []*int) { // ERROR ": dst does not escape$" ": leaking param content: src$"
	copy(dst, src)
}

func appendAll(dst, src []*int) []*int { // ERROR ": leaking param content: dst$" ": leaking param: dst to result ~r0 level=0$" ": leaking param content: src$"
	return append(dst, src...)
}

func typeSwitch(i interface{}) *int { // ERROR ": leaking param: i to result ~r0 level=0$"
	switch v := i.(type) {
	case *int:
		return v
	case int:
		return nil
	}
	return nil
}

func assertIt(i interface{}) int { // ERROR ": i does not escape$"
	return i.(int)
}

func main() {
	var s S
	s.trim(0, 0)
	selfField(&s)
	_, _ = two(nil, nil)
	_, _, _ = multi(nil, nil)
	_ = fieldLeak(s)
	_ = fieldLeak2(&s)
	copies(nil, nil)
	_ = appendAll(nil, nil)
	_ = typeSwitch(nil)
	_ = assertIt(1) // ERROR ": 1 does not escape$"
}

// errorcheck

package p

// Struct tags are part of a struct type's identity (and of its printed
// form); conversions ignore them.

type A struct {
	n int `json:"n"`
}

type B struct {
	n int "x\ty"
}

type C struct {
	n int
}

func f(a A, b B, c C, pa *A, pb *B) {
	a = A(b)
	b = B(c)
	pa = (*A)(pb)
	c = C(a)
	a = b // ERROR "cannot use b \(variable of type B\) as type A in assignment"
	c = struct{ n int }{}
	c = struct {
		n int ""
	}{}
	c = struct{ n int "z" }{}    // ERROR `cannot use struct{n int "z"}{} \(value of type struct{n int "z"}\) as type C in assignment`
	c = struct{ n int `z` }{}    // ERROR "cannot use struct{n int `z`}{} \(value of type struct{n int .z.}\) as type C in assignment"
	pa = pb // ERROR "cannot use pb \(variable of type \*B\) as type \*A in assignment"
	_, _, _ = a, b, c
}

func g(e interface{}) {
	switch e.(type) {
	case struct{ n int }:
	case struct{ n int "one" }:
	case struct{ n int "" }:    // ERROR "duplicate case struct{n int} in type switch"
	case struct{ n int "one" }: // ERROR `duplicate case struct{n int "one"} in type switch`
	case B, struct{ n int "x\ty" }:
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
}

// a tag with a byte that is not UTF-8 prints \x-escaped, as strconv.Quote
var badTag struct {
	a int "k:\xff é\t"
}

var _ int = badTag // ERROR "variable of type struct{a int .k:.xff é.t.}"

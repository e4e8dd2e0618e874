// errorcheck

package p

// Embedded fields and map keys that name a type still being declared are
// checked once the type is complete.

type PS *struct {
	PS // ERROR "embedded field type cannot be a pointer"
	n  int
}

type S struct {
	*Q // ERROR "embedded field type cannot be a pointer"
}

type Q *S

type K struct {
	m map[K]bool // ERROR "invalid map key type K"
}

func local() {
	type L struct {
		f func()
		m map[L]int // ERROR "invalid map key type L"
	}
	type LP *struct{ LP } // ERROR "embedded field type cannot be a pointer"
	var l L
	_ = l
}

// A repeated field name declares nothing: selecting it is no ambiguity.
type D struct {
	x int
	y int
	x string // ERROR "x redeclared"
}

func (d D) X() int { return d.x + d.y }

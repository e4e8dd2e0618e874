// errorcheck

package p

// A method declared through an alias of the receiver type is the type's
// own: declaring it again, through any spelling, redeclares it.

type S struct{}

type A = S
type P = *S
type AA = A

func (S) m()  {}
func (A) m()  {} // ERROR "S.m redeclared in this block"
func (*AA) m() {} // ERROR "S.m redeclared in this block"
func (P) m()  {} // ERROR "S.m redeclared in this block"

func (*A) n() {}
func (S) n()  {} // ERROR "S.n redeclared in this block"

func use(s S) {
	s.m()
	s.n()
}

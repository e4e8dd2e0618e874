// errorcheck

package p

// A package-level initializer checked before the methods it needs: their
// signatures are worked out on demand, so a wrong one is told apart from
// a missing one, and one made invalid by an earlier error is not judged.

type I interface{ M(int) string }

type T struct{}
type U struct{}
type W struct{}

var _ I = T{} // ERROR "cannot use T{} \(value of type T\) as type I in variable declaration"
var _ I = U{}
var _ I = &W{} // ERROR "cannot use &W{} \(value of type \*W\) as type I in variable declaration"

var i I
var _ = i.(T) // ERROR "impossible type assertion: i.\(T\)"

func (T) M(int) int      { return 0 }
func (U) M(int) (s Bad)  { return } // ERROR "undefined: Bad"
func (*W) M(x, y int) string { return "" }

// errorcheck

package _ // ERROR "invalid package name _"

// Receiver errors stand at the receiver's name (its type when unnamed);
// a pointer receiver's error names the base type.

func (n int) A() {}   // ERROR "cannot define new methods on non-local type int"
func (float64) B()    {} // ERROR "cannot define new methods on non-local type float64"
func (_ *string) C()  {} // ERROR "cannot define new methods on non-local type string"

type P *int
type I interface{ M() }

func (p P) D()     {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (q *P) E()    {} // ERROR "invalid receiver type P \(pointer or interface type\)"
func (*I) F()      {} // ERROR "invalid receiver type I \(pointer or interface type\)"

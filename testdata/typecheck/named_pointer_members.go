// errorcheck

package p

// A named pointer type has no methods: its base's fields are reachable,
// its base's methods are not, whatever their receiver.

type Inner struct{ n int }

func (Inner) Get() int   { return 0 }
func (*Inner) Put(k int) {}

type Outer struct {
	Inner
	w int
}

func (o *Outer) w2() int { return o.w }

type Ptr *Outer

type Getter interface{ Get() int }

func use(p Ptr) {
	_ = p.w
	_ = p.n
	_ = p.Inner.Get()
	p.Inner.Put(1)
	_ = (*p).Get()
	p.Get()    // ERROR "p.Get undefined \(type Ptr has no field or method Get\)"
	p.Put(2)   // ERROR "p.Put undefined \(type Ptr has no field or method Put\)"
	_ = p.w2   // ERROR "p.w2 undefined \(type Ptr has no field or method w2\)"
	_ = Ptr.w2 // ERROR "Ptr.w2 undefined \(type Ptr has no field or method w2\)"
	var g Getter = p // ERROR "cannot use p \(variable of type Ptr\) as type Getter in variable declaration"
	g = *p
	_ = g
}

// A method of the field's type, not of the pointer: found at depth 0 it
// hides the field below, and then it is dropped.
type E struct{ f int }
type T struct{ E }

func (*T) f() int { return 0 }

type PT *T

func hidden(x PT) int {
	return x.f // ERROR "x.f undefined \(type PT has no field or method f\)"
}

// An interface still being declared has no methods yet.
type Self interface {
	M(Self.M) // ERROR "Self.M undefined \(type Self has no field or method M\)"
}

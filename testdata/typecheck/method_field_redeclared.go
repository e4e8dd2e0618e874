// errorcheck

// minigo golden test: a method named like a field is reported once; a
// second method of that name is a redeclaration

package main

type E struct{ f int }

func (E) f() {} // ERROR "field and method with the same name f"
func (E) f() {} // ERROR "E.f redeclared in this block"

func main() {}

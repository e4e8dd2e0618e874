// errorcheck

package main

type T struct{ t T } // ERROR "invalid recursive type T"
type U struct{ v V } // ERROR "invalid recursive type U"
type V struct{ u U }

var a = b // ERROR "initialization loop for a"
var b = a

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type M struct{}

func (M) m()  {}
func (M) m()  {} // ERROR "M\.m redeclared in this block"
func (*M) n() {}
func (M) n()  {} // ERROR "M\.n redeclared in this block"

func main() {}

// errorcheck

package main

type E struct{ f int }

func (E) f() {} // ERROR "field and method with the same name f"

type I interface{ M() }

func (I) N() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

type P *int

func (P) q() {} // ERROR "invalid receiver type P \(pointer or interface type\)"

func (int) r() {} // ERROR "cannot define new methods on non-local type int"

const c = len([]int{}) // ERROR "len\(\[\]int\{\}\) \(value of type int\) is not constant"
var d int = "s" // ERROR `cannot use "s" \(untyped string constant\) as int value in variable declaration`
const e, g = 1 // ERROR "missing init expr for g"

func main() {}

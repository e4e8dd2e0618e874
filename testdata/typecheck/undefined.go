// errorcheck

package main

import (
	"fmt"

)

type T struct{ x int }

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	fmt.Foo() // ERROR "undefined: fmt\.Foo"
	var t T
	_ = t.y // ERROR "t\.y undefined \(type T has no field or method y\)"
	t.M() // ERROR "t\.M undefined \(type T has no field or method M\)"
	_ = fmt.println // ERROR "undefined: fmt\.println"
	var p *T
	p.z = 1 // ERROR "p\.z undefined \(type \*T has no field or method z\)"
	_ = _ // ERROR "cannot use _ as value or type"
	undefinedFunc(1) // ERROR "undefined: undefinedFunc"
}

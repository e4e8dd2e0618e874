// errorcheck

package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case "a": // ERROR `cannot convert "a" \(untyped string constant\) to int`
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 1:
	}
	var f func()
	switch f {
	}
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	case *T, *T: // ERROR "duplicate case \*T in type switch"
	case int: // ERROR "impossible type switch case: int"
	}
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	s := "a"
	switch s {
	case "a", "b", "a": // ERROR `duplicate case "a" \(constant of type string\) in expression switch`
	}
}

// errorcheck

package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
L: // ERROR "label L defined and not used"
	x := 1
	_ = x
	for {
		break M // ERROR "break label not defined: M"
	}
	goto N // ERROR "label N not defined"
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	if true {
		fallthrough // ERROR "fallthrough statement out of place"
	}
O:
	if true {
		break O // ERROR "invalid break label O"
	}
}

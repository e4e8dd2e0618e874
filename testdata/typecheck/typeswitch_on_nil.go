// errorcheck

package p

// A type switch on nil is reported once; its variable, of nil's untyped
// type, draws no second error where it is used.

func f() {
	switch v := nil.(type) { // ERROR "nil is not an interface"
	case nil:
		_ = v
	default:
		_ = v
		var w interface{} = v
		_ = w
	}
	_ = nil // ERROR "use of untyped nil in assignment"
}

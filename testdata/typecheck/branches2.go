// errorcheck

package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at .*branches2\.go:7:4"
	x := 1
	_ = x
L:
	for {
		continue P // ERROR "continue label not defined: P"
	}
P: // ERROR "label P defined and not used"
	{
		goto Q // ERROR "goto Q jumps into block starting at .*branches2\.go:17:2"
	}
	{
	Q:
	}
R: // ERROR "label R defined and not used"
	for {
	}
	var t interface{}
	switch t.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
}

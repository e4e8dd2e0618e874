// errorcheck

package main

import (
	"fmt" // ERROR `imported and not used: "fmt"`
	"os" // ERROR `imported and not used: "os"`
	str "strings" // ERROR `imported and not used: "strings" as str`
)

func f() {
	x := 1 // ERROR "x declared but not used"
	var y int
	_ = y
	a, b := 1, 2 // ERROR "b declared but not used"
	_ = a
	for i := 0; i < 3; i++ {
		z := i // ERROR "z declared but not used"
	}
	w := 0 // ERROR "w declared but not used"
	w = 5
	v := 1 // ERROR "v declared but not used"
	func() { v = 2 }()
}

func main() {
	var u interface{} = 1
	switch t := u.(type) { // ERROR "t declared but not used"
	case int:
	}
	f()
}

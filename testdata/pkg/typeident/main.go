// Type identity of struct literals across packages: struct { x, y int }
// written in two packages is two types (its field names are unexported,
// so qualified by their package); with exported names it is one.
package main

import (
	"fmt"

	"example.com/typeident/lit"
)

func main() {
	_, hidden := lit.Hidden().(struct{ x, y int })
	_, open := lit.Open().(struct{ X, Y int })
	fmt.Println(hidden, open, lit.Mine(lit.Hidden()), lit.Mine(struct{ x, y int }{}))
	fmt.Printf("%v %+v %T\n", lit.Hidden(), lit.Open(), lit.Hidden())
	_, nested := lit.Nested().(*struct{ n int })
	fmt.Println(nested, lit.Nested() == any((*struct{ n int })(nil)))
}

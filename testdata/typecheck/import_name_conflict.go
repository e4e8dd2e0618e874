// errorcheck

package main

import (
	"fmt"
	str "strings"
)

// A package-level name that an import already takes is reported where
// it is declared, pointing at the import.

var _ = str.ToUpper

type fmt struct{} // ERROR "fmt already declared through import of package fmt \(\"fmt\"\)"

func str() {} // ERROR "str already declared through import of package strings \(\"strings\"\)"

func main() {
	fmt.Println("x")
}

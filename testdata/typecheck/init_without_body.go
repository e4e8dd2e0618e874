// errorcheck

package main

// Any function may be declared without a body (its code comes from
// elsewhere), but not init.

func init() // ERROR "missing function body"

func init() {}

func init(x int) // ERROR "func init must have no arguments and no return values" "missing function body"

func elsewhere(x int) int

func main() {}

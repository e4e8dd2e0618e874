// errorcheck -0 -m -l
package main

import "fmt"

func main() {
	n := 1
	fmt.Println(n, n) // ERROR ": \.\.\. argument does not escape$" ": n escapes to heap$" ": n escapes to heap$"
}

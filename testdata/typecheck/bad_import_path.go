// errorcheck

// minigo golden test: an import path the scanner rejects is no import at
// all, so the package name is undefined where it is used

package main

import "fmt\q" // ERROR "unknown escape"

func main() {
	fmt.Println() // ERROR "undefined: fmt"
}

// errorcheck

// minigo golden test: an import spec without its path

package main

import (
	"fmt"
	f // ERROR "syntax error: missing import path"
)

func main() { fmt.Println() }

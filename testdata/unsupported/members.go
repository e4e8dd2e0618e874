// errorcheck

// minigo-only: gc accepts this program; minigo refuses what it does not provide.

package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("x")
	fmt.Fprintln(os.Stderr, r) // ERROR "fmt.Fprintln not supported by minigo" "os.Stderr not supported by minigo"
}

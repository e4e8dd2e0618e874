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
	var s string
	fmt.Fscan(r, &s)                // ERROR "fmt.Fscan not supported by minigo"
	fmt.Sscanf("1", "%d", new(int)) // ERROR "fmt.Sscanf not supported by minigo"
	fmt.Fprintln(os.Stderr, s)
}

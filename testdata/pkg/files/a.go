// Two files of package main named on the command line (no go.mod).
package main

import "fmt"

var greeting = makeGreeting("files")

func main() {
	p := newPair(3, 4)
	fmt.Println(greeting, p.sum(), *p)
}

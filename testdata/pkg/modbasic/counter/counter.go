package counter

import "fmt"

var n int

func init() { fmt.Println("counter init") }

// Next returns the next value of the package's counter.
func Next() int {
	n++
	return n
}

func Count() int { return n }

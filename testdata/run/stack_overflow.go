// run

package main

import "fmt"

// Unbounded recursion: Go grows the goroutine stack up to its 1 GB limit and
// then dies with "runtime: goroutine stack exceeds 1000000000-byte limit" /
// "fatal error: stack overflow", exit status 2. Big frames (4 KB each) keep
// the number of frames, and so the time to reach the limit, down.
func recurse(n int) int {
	var pad [512]int
	pad[n%512] = n
	return recurse(n+1) + pad[(n+1)%512]
}

func main() {
	fmt.Println("recursing forever")
	fmt.Println(recurse(0))
}

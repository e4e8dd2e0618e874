// errorcheck

// minigo golden test: a call with several results used as one value; types2
// prints the results with the names they were declared with

package main

import "fmt"

func two() (a, b int) { return 1, 2 }

func main() {
	x := fmt.Println("hi") + 1 // ERROR "multiple-value fmt.Println\(\"hi\"\) \(value of type \(n int, err error\)\) in single-value context"
	y := two() * 2 // ERROR "multiple-value two\(\) \(value of type \(a int, b int\)\) in single-value context"
	_, _ = x, y
}

// A library package: go build compiles it and keeps nothing.
package library

import "example.com/library/lib"

func Twice(x int) *int { y := lib.Double(x); return &y }

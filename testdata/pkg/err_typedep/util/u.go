package util

// F has a type error: gc reports it under the package header.
func F() int { return "x" }

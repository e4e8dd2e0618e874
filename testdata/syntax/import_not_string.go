// errorcheck

// minigo golden test: an import path that is not a string

package main

import 42 // ERROR "syntax error: import path must be a string"

func main() {}

package a

import "example.com/internal/a/internal/c"

func F() { c.H() }

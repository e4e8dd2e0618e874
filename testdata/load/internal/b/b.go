package b

import "example.com/internal/a/internal/c"

func G() { c.H() }

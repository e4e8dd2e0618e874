package sub

import "example.com/internal/a/internal/c"

func S() { c.H() }

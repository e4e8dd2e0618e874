package b

import "example.com/cyc/a"

func B() { a.A() }

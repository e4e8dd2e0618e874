package a

import "example.com/cyc/b"

func A() { b.B() }

package util

import "example.com/m/util/deep"

func F() *int { x := 1; deep.G(); return &x }

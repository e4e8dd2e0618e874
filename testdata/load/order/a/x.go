package a

import _ "example.com/order/c"

func F() *int { x := 1; return &x }

package z

import _ "example.com/order/b"

func F() *int { x := 1; return &x }

package y

import _ "example.com/order/a"
import _ "example.com/order/z"

func F() *int { x := 1; return &x }

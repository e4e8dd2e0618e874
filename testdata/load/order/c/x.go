package c


func F() *int { x := 1; return &x }

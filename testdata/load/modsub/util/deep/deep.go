package deep

func G() *int { x := 1; return &x }

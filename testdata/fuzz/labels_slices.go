package main
func f() { L: }
func g() { switch { case 1: L: } }
func h() { x := []int{1 2 3 4}[: : :] }

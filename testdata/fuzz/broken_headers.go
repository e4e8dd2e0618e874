package main
func f() { if { } else if { } else { }
func g() { for ;; { switch { case: default: } } }

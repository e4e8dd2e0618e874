// errorcheck

// minigo golden test: struct (or interface) not followed by its brace

package main

var z = []struct int // ERROR "unexpected int, expecting [{]"

// errorcheck

package main

// Defined channel types: a bidirectional channel goes where a directional
// one of its element type may when one side is unnamed.

type C chan int
type R <-chan int

func main() {
	var c C
	var r R = c // ERROR "cannot use c \(variable of type C\) as type R in variable declaration"
	var b chan int = c
	var d R = make(chan int)
	_, _, _ = r, b, d
	x := make(chan int, 1, 2) // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
	z := (<-chan int)(nil)
	_, _ = x, z
	var i interface{} = c
	_ = i.(chan int)
	println(c == nil, c == b)
	var g chan<- chan int
	var h chan (<-chan int)
	g, h = h, g // ERROR "cannot use h \(variable of type chan \(<-chan int\)\) as type chan<- chan int in assignment" "cannot use g \(variable of type chan<- chan int\) as type chan \(<-chan int\) in assignment"
	var m map[chan int]int
	_ = m
	go println(1)
	go gf()
	go func() {} // ERROR "expression in go must be function call"
}

func gf() (int, chan struct{}) { return 0, nil }

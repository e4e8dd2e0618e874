// errorcheck

package main

// Select cases, sends, go statements and channel assignability.

func f() int { return 1 }

func main() {
	var x int
	var c chan int
	select {
	case x = 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case f(): // ERROR "select case must be send or receive \(possibly with assignment\)"
	case c <- 1:
	case v := <-c:
		_ = v
	default:
	default: // ERROR "multiple defaults \(first at"
	}
	c <- "a" // ERROR "cannot use \"a\" \(untyped string constant\) as int value in send"
	var y string = <-c // ERROR "cannot use <-c \(comma, ok expression of type int\) as type string in variable declaration"
	go len("a") // ERROR "go discards result of len\(\"a\"\) \(constant 1 of type int\)"
	defer close(c)
	_ = y
	var r <-chan int
	var s chan<- int
	var d chan<- int = r // ERROR "cannot use r \(variable of type <-chan int\) as type chan<- int in variable declaration"
	_ = d
	var e chan int = s // ERROR "cannot use s \(variable of type chan<- int\) as type chan int in variable declaration"
	_ = e
	_ = x
}

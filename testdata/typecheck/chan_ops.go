// errorcheck

package main

// Channel operations against the channel's direction and kind, as types2
// words them.

func main() {
	var r <-chan int
	var s chan<- int
	var x int
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	<-s    // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	for a, b := range r { // ERROR "range over r \(variable of type <-chan int\) permits only one iteration variable"
		_, _ = a, b
	}
	for range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
}

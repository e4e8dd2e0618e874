// errorcheck

// minigo-only: gc accepts this program.  A std package compiled from source
// keeps what minigo cannot compile yet set aside (io.Pipe needs channels;
// its reader and writer types go with it), refused where it is used.

package main

import "io"

func main() {
	r, w := io.Pipe() // ERROR "io.Pipe not supported by minigo"
	_, _ = r, w
	var pr *io.PipeReader // ERROR "io.PipeReader not supported by minigo"
	_ = pr
	_ = io.EOF
}

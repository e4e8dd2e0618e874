package main

import (
	"fmt"
	"runtime"
)

// runtime.Breakpoint without a debugger: the process dies as on SIGTRAP,
// with Go's report on stderr and exit status 2; deferred calls do not run.

func main() {
	defer fmt.Println("not printed")
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after")
}

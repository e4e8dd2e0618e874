// errorcheck

// minigo-only: gc accepts this program; minigo refuses what it does not provide.

package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.LockOSThread() // ERROR "runtime.LockOSThread not supported by minigo"
	var p runtime.MemProfileRecord // ERROR "runtime.MemProfileRecord not supported by minigo"
	fmt.Println(p)
}

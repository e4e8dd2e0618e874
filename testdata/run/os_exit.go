// run

package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed, os.Exit skips defers")
	fmt.Println("before exit")
	if len(os.Args) > 5 {
		return
	}
	os.Exit(3)
}

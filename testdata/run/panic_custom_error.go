// run

package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("start")
	panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
}

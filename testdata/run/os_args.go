// run

package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println("args:", len(os.Args)-1)
	fmt.Println(len(os.Args[0]) > 0)
	n := 10
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	sum := 0
	for i := 1; i <= n; i++ {
		sum += i
	}
	fmt.Println("sum 1..n =", sum)
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
}

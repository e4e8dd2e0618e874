// run

package main

import "fmt"

type List struct {
	n    int
	next *List
}

func (l *List) Len() int { return l.n }

func main() {
	fmt.Println("start")
	var l *List
	fmt.Println(l.Len())
	fmt.Println("not reached")
}

// run

package main

import "fmt"

type Shape interface{ Area() int }
type Perimeter interface{ Perim() int }
type Square struct{ s int }

func (q Square) Area() int { return q.s * q.s }

func main() {
	fmt.Println("start")
	var s Shape = Square{2}
	fmt.Println(s.Area())
	p := s.(Perimeter)
	fmt.Println(p)
	fmt.Println("not reached")
}

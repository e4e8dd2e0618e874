// run

package main

import "fmt"

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("Point(%d, %d)", p.X, p.Y) }

func main() {
	fmt.Println("start")
	panic(&Point{1, 2})
}

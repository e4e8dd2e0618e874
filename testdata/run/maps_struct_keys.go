// run

package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pt   Point
	Tag  [2]byte
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{2, 1}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{}])
	grid[Point{1, 2}] = "A"
	fmt.Println(len(grid), grid[Point{1, 2}])
	fmt.Println(grid) // sorted field-wise
	km := map[Key]int{}
	km[Key{"k", Point{1, 1}, [2]byte{'a', 'b'}}] = 1
	km[Key{"k", Point{1, 1}, [2]byte{'a', 'c'}}] = 2
	km[Key{"k", Point{1, 1}, [2]byte{'a', 'b'}}] += 10
	fmt.Println(len(km), km[Key{"k", Point{1, 1}, [2]byte{'a', 'b'}}])
	// visited set of points: BFS on a small grid
	type P = Point
	visited := map[P]bool{{0, 0}: true}
	queue := []P{{0, 0}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, d := range []P{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			n := P{p.X + d.X, p.Y + d.Y}
			if n.X < 0 || n.Y < 0 || n.X >= 6 || n.Y >= 6 || (n.X == 3 && n.Y != 5) || visited[n] {
				continue
			}
			visited[n] = true
			queue = append(queue, n)
		}
	}
	fmt.Println("reachable:", len(visited))
	// array keys
	am := map[[3]int]int{}
	for i := 0; i < 27; i++ {
		am[[3]int{i % 3, i / 3 % 3, i / 9}] = i
	}
	fmt.Println(len(am), am[[3]int{2, 2, 2}], am[[3]int{1, 0, 2}])
	// struct with string field keys
	type Name struct{ First, Last string }
	ages := map[Name]int{{"Ada", "Lovelace"}: 36, {"Alan", "Turing"}: 41}
	fmt.Println(ages[Name{"Alan", "Turing"}], ages)
}

// Package lit writes struct type literals of its own: the unexported field
// names make them different types from the same literals written in main.
package lit

func Hidden() any { return struct{ x, y int }{1, 2} }

func Open() any { return struct{ X, Y int }{3, 4} }

// Mine reports whether v holds this package's struct { x, y int }.
func Mine(v any) bool {
	_, ok := v.(struct{ x, y int })
	return ok
}

type Inner struct {
	n int
}

type Outer struct {
	In  Inner
	Ptr *struct{ n int }
}

func Nested() any { return Outer{}.Ptr }

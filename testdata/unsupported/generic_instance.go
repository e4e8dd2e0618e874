// errorcheck

// minigo: instantiated generic types are outside the v1 subset; the parser
// reads them in type positions, with arguments of any type, and says so
// (gc accepts these programs: no gc comparison here).

package main

type List struct {
	next *Elem[int] // ERROR "generic types not supported by minigo"
}

func pick[T []byte | [4]byte](x T) T { return x } // ERROR "generic functions not supported by minigo"

func (l List) Get(m Map[string, []int]) Pair[int] { return nil } // ERROR "generic types not supported by minigo"

type Arr interface {
	[]int | [5]int // ERROR "type constraints not supported by minigo"
}

func main() {}

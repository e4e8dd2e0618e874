// Package lib is compiled from source by the first build and read from
// its export data by the next (its -m lines are not asked for): what the
// export writer cuts, keeps and adds.
package lib

import "os"

// Stat's type names io/fs, which this file does not import: the export
// data imports it under a name of its own.
var Stat = os.Stdin.Stat

// A group with iota, kept as written.
const (
	A = iota * 10
	B
	C
)

var (
	names = map[string]int{"a": A, "b": B, "c": C}
	Count = len(names)
	last  *Item
)

type Item struct {
	Name string
	next *Item
}

func init() {
	last = &Item{Name: "init"}
}

// Push is small: its body travels with the declaration.
func Push(name string) *Item {
	last = &Item{Name: name, next: last}
	return last
}

// Walk is not: its body is cut, its escape tags stay.
func Walk(it *Item, f func(string) bool) int {
	n := 0
	for ; it != nil; it = it.next {
		if !f(it.Name) {
			break
		}
		n++
		if n > 1000 {
			panic("cycle")
		}
		switch it.Name {
		case "":
			n += 100
		case "x", "y":
			n += 10
		case "z":
			n += 20
		default:
			if len(it.Name) > 3 && it.Name[0] == 'i' {
				n += len(it.Name) * 2
			}
		}
	}
	return n
}

// Last leaks its result's content to the heap through last.
func Last() *Item { return last }

// Keep stores its argument: leaking param.
func Keep(s []byte) { kept = append(kept, s) }

var kept [][]byte

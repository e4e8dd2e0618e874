// errorcheck

package main

// Invalid recursive types, reported as types2 does: at the type first in
// the source, then the cycle on continuation lines.
type List struct { // ERROR "invalid recursive type List\n\t.*:7:6: List refers to\n\t.*:11:6: Node refers to\n\t.*:7:6: List$"
	head Node
}

type Node struct {
	next [2]List
}

type Alpha Beta // leads into the cycle: no error of its own
type Beta Gamma // ERROR "invalid recursive type Beta\n\t.*:16:6: Beta refers to\n\t.*:17:6: Gamma refers to\n\t.*:16:6: Beta$"
type Gamma Beta

type Self Self // ERROR "invalid recursive type Self\n\t.*:19:6: Self refers to\n\t.*:19:6: Self$"

type Reader interface { // ERROR "invalid recursive type Reader\n\t.*:21:6: Reader refers to\n\t.*:26:6: Closer refers to\n\t.*:21:6: Reader$"
	Read() Closer
	Closer
}

type Closer interface {
	Reader
}

// Through pointers, slices and maps a type may refer to itself.
type Tree struct {
	kids []*Tree
	up   *Tree
	byID map[int]Tree
}

var r Reader
var c Closer = r // no follow-on error: Reader is invalid

func main() {
	type Loop = Loop // ERROR "invalid recursive type Loop\n\t.*:41:7: Loop refers to\n\t.*:41:7: Loop$"
	var t Tree
	_, _ = t, c
}

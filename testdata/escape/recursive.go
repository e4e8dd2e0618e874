// errorcheck -0 -m -l
package main

type Node struct {
	next *Node
	val  int
}

var sink *Node

func even(n *Node) bool { // ERROR ": n does not escape$"
	if n == nil {
		return true
	}
	return odd(n.next)
}

func odd(n *Node) bool { // ERROR ": n does not escape$"
	if n == nil {
		return false
	}
	return even(n.next)
}

func build(n int) *Node {
	if n == 0 {
		return nil
	}
	return &Node{next: build(n - 1), val: n} // ERROR ": &Node\{\.\.\.\} escapes to heap$"
}

func walk(n *Node, acc *int) { // ERROR ": n does not escape$" ": acc does not escape$"
	if n == nil {
		return
	}
	*acc += n.val
	walk(n.next, acc)
}

func main() {
	x := &Node{val: 1} // ERROR ": &Node\{\.\.\.\} does not escape$"
	_ = even(x)
	s := 0
	walk(build(3), &s)
}

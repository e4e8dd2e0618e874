// run

package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) { l.head = &Node{v, l.head}; l.size++ }

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var b strings.Builder
	b.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			b.WriteString(" ")
		}
		b.WriteString(fmt.Sprint(n.Val))
	}
	b.WriteString("]")
	return b.String()
}

type Tree struct {
	Key         string
	Count       int
	Left, Right *Tree
}

func insert(t *Tree, k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func walk(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t)
	walk(t.Right, visit)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	l := &List{}
	for i := 1; i <= 10; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	var root *Tree
	words := strings.Fields("the cat sat on the mat the cat ate a rat on a hat")
	for _, w := range words {
		root = insert(root, w)
	}
	walk(root, func(t *Tree) { fmt.Print(t.Key, ":", t.Count, " ") })
	fmt.Println()
	fmt.Println("height", height(root))
	// a long list to exercise allocation
	big := &List{}
	for i := 0; i < 200000; i++ {
		big.Push(i)
	}
	s := 0
	for n := big.head; n != nil; n = n.Next {
		s += n.Val
	}
	fmt.Println(big.size, s)
	// doubly-linked ring
	type DNode struct {
		v          int
		prev, next *DNode
	}
	first := &DNode{v: 0}
	first.prev, first.next = first, first
	for i := 1; i < 5; i++ {
		n := &DNode{v: i, prev: first.prev, next: first}
		first.prev.next = n
		first.prev = n
	}
	for n, i := first, 0; i < 7; n, i = n.next, i+1 {
		fmt.Print(n.v, " ")
	}
	for n, i := first, 0; i < 7; n, i = n.prev, i+1 {
		fmt.Print(n.v, " ")
	}
	fmt.Println()
}

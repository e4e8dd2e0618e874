// bench: default N=500000, quick N=5000
//
// bst: an unbalanced binary search tree with pointer nodes; random inserts,
// lookups and deletes (by successor replacement), then an in-order walk.

package main

import (
	"fmt"
	"os"
	"strconv"
)

type node struct {
	key, val    int
	left, right *node
}

type tree struct {
	root *node
	size int
}

func (t *tree) insert(k, v int) {
	p := &t.root
	for *p != nil {
		n := *p
		switch {
		case k < n.key:
			p = &n.left
		case k > n.key:
			p = &n.right
		default:
			n.val = v
			return
		}
	}
	*p = &node{key: k, val: v}
	t.size++
}

func (t *tree) find(k int) (int, bool) {
	n := t.root
	for n != nil {
		switch {
		case k < n.key:
			n = n.left
		case k > n.key:
			n = n.right
		default:
			return n.val, true
		}
	}
	return 0, false
}

func (t *tree) remove(k int) bool {
	p := &t.root
	for *p != nil && (*p).key != k {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	n := *p
	if n == nil {
		return false
	}
	switch {
	case n.left == nil:
		*p = n.right
	case n.right == nil:
		*p = n.left
	default:
		s := &n.right
		for (*s).left != nil {
			s = &(*s).left
		}
		succ := *s
		*s = succ.right
		succ.left, succ.right = n.left, n.right
		*p = succ
	}
	t.size--
	return true
}

func walk(n *node, f func(*node)) {
	for n != nil {
		walk(n.left, f)
		f(n)
		n = n.right
	}
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	var seed uint64 = 88172645463325252
	rnd := func() int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(4*n))
	}
	t := &tree{}
	for i := 0; i < n; i++ {
		t.insert(rnd(), i)
	}
	found, sum := 0, 0
	for i := 0; i < n; i++ {
		if v, ok := t.find(rnd()); ok {
			found++
			sum += v
		}
	}
	removed := 0
	for i := 0; i < n/2; i++ {
		if t.remove(rnd()) {
			removed++
		}
	}
	count, prev, sorted := 0, -1, true
	var check uint64
	walk(t.root, func(x *node) {
		if x.key <= prev {
			sorted = false
		}
		prev = x.key
		count++
		check = check*31 + uint64(x.key^x.val)
	})
	fmt.Println("size:", t.size, "walked:", count, "sorted:", sorted, "height:", height(t.root))
	fmt.Println("found:", found, "removed:", removed)
	fmt.Println("checksum:", sum, check)
}

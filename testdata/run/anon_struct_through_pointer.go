package main

import "fmt"

// A struct type reached only through a pointer (never a variable of its
// own) must still get its field offsets: every field here used to be at 0.

type pair struct{ x, y int }

func main() {
	var q *struct{ a, b, c int }
	q = new(struct{ a, b, c int })
	q.a, q.b, q.c = 11, 12, 13
	fmt.Println(q.a, q.b, q.c)

	var r *struct {
		s    string
		n, m int8
		p    *pair
	} = new(struct {
		s    string
		n, m int8
		p    *pair
	})
	r.s, r.n, r.m, r.p = "s", 1, 2, &pair{3, 4}
	fmt.Println(r.s, r.n, r.m, r.p.x, r.p.y)
}

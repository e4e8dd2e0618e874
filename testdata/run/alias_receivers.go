package main

import "fmt"

// Methods declared through alias receivers belong to the aliased type.

type Counter struct{ n int }

type C = Counter
type PC = *Counter
type CC = C

func (c C) Value() int   { return c.n }
func (c *CC) Add(k int)  { c.n += k }
func (p PC) Twice() int  { return 2 * p.n }

type Valuer interface{ Value() int }

func main() {
	var c Counter
	c.Add(3)
	c.Add(4)
	fmt.Println(c.Value(), c.Twice())
	var v Valuer = c
	fmt.Println(v.Value())
	f := (*Counter).Add
	f(&c, 1)
	fmt.Println(Counter.Value(c))
}

package main

// A method expression called with a multi-value call as its arguments,
// both inlined (gc's issue 4167): the receiver is the first result.

import "fmt"

type counter int

type list []int

func (l *list) count() (*counter, int) {
	c := 0
	for range *l {
		c++
	}
	v := (*counter)(&c)
	return v, c * 2
}

func (c *counter) get(twice int) counter { return *c + counter(twice) }

func (c counter) add(n int) counter { return c + counter(n) }

func pair() (counter, int) { return 40, 2 }

func (c *counter) sum(xs ...int) int {
	s := int(*c)
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	l := make(list, 13)
	fmt.Println((*counter).get(l.count()))
	fmt.Println(counter.add(pair()))
	f := (*counter).get
	fmt.Println(f(l.count()))
	c := counter(5)
	fmt.Println((*counter).sum(&c, 1, 2, 3), (*counter).sum(&c))
}

package main

import "fmt"

type item struct {
	name string
	n    int
	next *item
}

// A buffered channel is a FIFO queue: values come out in the order they
// went in, structs and pointers alike, and a closed channel drains its
// buffer before it reports closed.
func main() {
	c := make(chan item, 4)
	for i := 0; i < 4; i++ {
		c <- item{name: fmt.Sprint("it", i), n: i * i}
	}
	fmt.Println(len(c), cap(c))
	close(c)
	for it := range c {
		fmt.Println(it.name, it.n)
	}
	v, ok := <-c
	fmt.Printf("%q %d %v\n", v.name, v.n, ok)

	p := make(chan *item, 2)
	head := &item{name: "a"}
	head.next = &item{name: "b"}
	p <- head
	p <- head.next
	x, y := <-p, <-p
	fmt.Println(x.name, y.name, x.next == y)

	s := make(chan []string, 1)
	s <- []string{"x", "y"}
	fmt.Println(<-s)
	i := make(chan interface{}, 3)
	i <- 1
	i <- "two"
	i <- 3.5
	close(i)
	for v := range i {
		fmt.Printf("%T %v\n", v, v)
	}
}

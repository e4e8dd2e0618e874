package main

import "fmt"

// "type T2 T1" reached while T1 is still being declared (T1's field
// points to T2): T2 must still end up with T1's struct as its underlying
// type, also along chains of such definitions.

type T1 struct{ Next *T2 }
type T2 T1

type T3 struct {
	Next *T4
	N    int
}
type T4 T5
type T5 T6
type T6 T3

type T7 *[2]T8
type T8 T7

func main() {
	a := &T1{&T2{}}
	b := &T2{Next: &T2{}}
	c := &T4{&T4{N: 4}, 3}
	var d T8
	fmt.Println(a.Next.Next == nil, b.Next.Next == nil, c.N, c.Next.N, d == nil)
	e := T5(*c)
	fmt.Println(e.N, T3(e).Next.N)
}

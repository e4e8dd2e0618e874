// recover() in a method deferred through an interface, where the itab
// holds a wrapper (a value receiver that is not pointer-shaped, a method
// promoted from an embedded field or interface): the wrapper is
// transparent, as gc's wrappers are, so the method recovers.  minigo's
// wrappers used to take the deferred-call mark for themselves.

package main

import "fmt"

type I interface{ M() }

type Word uintptr

func (Word) M() { fmt.Println("Word recovered:", recover()) }

type Pair struct{ a, b int }

func (p Pair) M() { fmt.Println("Pair recovered:", recover(), p.a+p.b) }

type Outer struct{ Pair }

type Ptr struct{ n int }

func (p *Ptr) M() { fmt.Println("Ptr recovered:", recover(), p.n) }

type ViaIface struct{ I }

func run(name string, i I) {
	defer func() { fmt.Println(name, "outer:", recover()) }()
	defer i.M()
	panic(name)
}

func notDeferred(i I) {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() { i.M() }() // called by the deferred func: no recovery there
	panic("indirect")
}

func main() {
	run("word", Word(1))
	run("pair", Pair{1, 2})
	run("promoted", Outer{Pair{3, 4}})
	run("pointer", &Ptr{5})
	run("embedded interface", ViaIface{Word(2)})
	notDeferred(Pair{6, 7})
	// a method value deferred directly
	p := Pair{8, 9}
	func() {
		defer func() { fmt.Println("value outer:", recover()) }()
		defer p.M()
		panic("method value")
	}()
}

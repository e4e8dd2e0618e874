// run

package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }

func (b *Base) Rename(n string) { b.Name = n }

type Derived struct {
	Base
	Extra int
}

type Shadow struct {
	Base
	Name string
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Derived
}

func main() {
	d := Derived{Base{1, "one"}, 10}
	fmt.Println(d.ID, d.Name, d.Base.Name, d.Extra)
	fmt.Println(d.Describe())
	d.Rename("uno")
	fmt.Println(d.Name, d.Describe())
	fmt.Printf("%v %+v\n", d, d)
	s := Shadow{Base{2, "inner"}, "outer"}
	fmt.Println(s.Name, s.Base.Name, s.Describe())
	svc := Service{&Logger{"[svc] "}, d}
	svc.Log("started")
	svc.ID = 99
	fmt.Println(svc.ID, svc.Derived.Base.ID, svc.Describe())
	svc.Rename("renamed")
	fmt.Println(svc.Name)
	// embedded pointer shared between copies
	svc2 := svc
	svc2.prefix = "[changed] "
	svc.Log("after copy")
	// literal with embedded field names
	x := Derived{Base: Base{ID: 5}, Extra: 6}
	fmt.Println(x)
}

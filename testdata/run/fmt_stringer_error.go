// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ A, B int }

func (p *Pair) String() string { return fmt.Sprintf("<%d,%d>", p.A, p.B) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code-%d", int(c)) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	t := Temp(21.55)
	fmt.Println(t, []Temp{1, 2})
	fmt.Printf("%v %s %.2f %d\n", t, t, t, 7)
	p := Pair{1, 2}
	fmt.Println(&p, p) // String has a pointer receiver: only *Pair is a Stringer
	fmt.Println([]*Pair{{3, 4}})
	var e error = Code(404)
	fmt.Println(e, Code(500))
	fmt.Printf("%v|%s|%d\n", e, e, e)
	fmt.Println(Both{})
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Println(map[Level]int{1: 10, 0: 5})
	fmt.Printf("%v %+v\n", struct{ L Level }{1}, struct{ L Level }{0})
	wrapped := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Println(wrapped)
	fmt.Println(fmt.Sprint(Temp(0)), fmt.Sprintf("%q", Level(1)))
	var s fmt.Stringer = Level(1)
	fmt.Println(s.String())
}

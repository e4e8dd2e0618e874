// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{ n int }

func (t *T) Name() string {
	if t == nil {
		return "nil T"
	}
	return fmt.Sprint("T", t.n)
}

type Namer interface{ Name() string }

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	e = correct(false)
	fmt.Println(e == nil)
	e = correct(true)
	fmt.Println(e, e == nil)
	var tp *T
	var n Namer = tp
	fmt.Println(n == nil, n.Name())
	n = &T{3}
	fmt.Println(n.Name())
	var i interface{}
	fmt.Println(i == nil, i)
	i = (*int)(nil)
	fmt.Println(i == nil)
	i = nil
	fmt.Println(i == nil)
	var err error = errors.New("x")
	err = nil
	fmt.Println(err == nil)
}

package main

// A panic raised inside a deferred call and recovered there leaves the
// panic that started the call in flight: a later deferred recover() gets
// it.  Only a panic that unwinds past the started call aborts it.

import "fmt"

func a() {
	defer func() {
		fmt.Println("a's recover:", recover())
	}()
	defer func() {
		panic("third")
	}()
	panic("second")
}

func b() {
	defer func() {
		r := recover()
		fmt.Println("b recovered:", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("in b")
}

func main() {
	defer func() {
		fmt.Println("main's recover:", recover())
		defer func() { fmt.Println("last:", recover()) }()
		b()
	}()
	defer func() {
		fmt.Println("middle:", recover())
		panic("from middle")
	}()
	defer a()
	panic("first")
}

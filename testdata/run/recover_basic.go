// run

package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func try(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

type E struct{ code int }

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("string value") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(E{7}) }))
	fmt.Println(try(func() {
		var s []int
		_ = s[5]
	}))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		var p *E
		fmt.Println(p.code)
	}))
	fmt.Println(try(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(try(func() {
		s := []int{1, 2, 3}
		k := 1
		_ = s[2:k]
	}))
	r := try(func() { panic(fmt.Sprintf("formatted %d", 5)) })
	if s, ok := r.(string); ok {
		fmt.Println("string panic:", s)
	}
	r = try(func() {
		a := []int{1}
		i := -1
		a[i] = 0
	})
	if e, ok := r.(error); ok {
		fmt.Println("runtime error as error:", e.Error())
	}
	// recover outside a panic returns nil
	fmt.Println(recover())
	fmt.Println("done")
}

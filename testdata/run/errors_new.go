// run

package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return fmt.Sprintf("code %d: %s", e.Code, e.Msg) }

func find(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, ErrNotFound
	}
	if v < 0 {
		return 0, &MyErr{v, "negative"}
	}
	return v, nil
}

func wrap(k string) error {
	_, err := find(map[string]int{"a": 1, "neg": -5}, k)
	if err != nil {
		return fmt.Errorf("lookup %q (len %d): %v", k, len(k), err)
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, e1 == e1, e1.Error() == e2.Error())
	for _, k := range []string{"a", "b", "neg"} {
		err := wrap(k)
		fmt.Println(k, "->", err, err == nil)
	}
	_, err := find(nil, "x")
	fmt.Println(err == ErrNotFound)
	_, err = find(map[string]int{"x": -1}, "x")
	if me, ok := err.(*MyErr); ok {
		fmt.Println("MyErr code", me.Code)
	}
	fmt.Printf("%v|%s|%q\n", err, err, err)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
	e3 := fmt.Errorf("x=%d y=%v s=%s", 3, []int{1, 2}, "str")
	fmt.Println(e3.Error())
	errs := []error{e1, ErrNotFound, e3}
	fmt.Println(errs)
}

// run

package main

import (
	"errors"
	"fmt"
)

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse %q: %w", s, err)
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, errors.New("bad digit")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func shadow() (r int) {
	r = 1
	{
		r := 2
		_ = r
	}
	return
}

func overwrite() (a, b string) {
	defer func() { a, b = b, a }()
	return "first", "second"
}

func recovers() (result string, err error) {
	defer func() {
		if r := recover(); r != nil {
			result = "fallback"
			err = fmt.Errorf("%v", r)
		}
	}()
	result = "partial"
	panic("oops")
}

func main() {
	fmt.Println(split(17))
	fmt.Println(parse("123"))
	fmt.Println(parse("12x"))
	fmt.Println(shadow())
	fmt.Println(overwrite())
	fmt.Println(recovers())
}

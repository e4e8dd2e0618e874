// errors compiled from $GOROOT/src: Is, As (reflectlite's ValueOf, Elem, Set,
// Implements, AssignableTo), Unwrap through fmt.Errorf's %w; -m as go's.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return "code " + strconv.Itoa(int(c)) }

type isErr struct{ k string }

func (e isErr) Error() string        { return e.k }
func (e isErr) Is(target error) bool { return target == ErrNotFound && e.k == "nf" }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as:", pe.Op, pe.Path)
	}
	w := fmt.Errorf("wrapped: %w", err)
	fmt.Println(w, errors.Is(w, ErrNotFound), errors.As(w, &pe), errors.Unwrap(errors.Unwrap(w)) == ErrNotFound)
	var ce codeErr
	var e2 error = fmt.Errorf("ctx: %w", codeErr(7))
	fmt.Println(errors.As(e2, &ce), ce)
	var target error
	fmt.Println(errors.As(e2, &target), target)
	fmt.Println(errors.Is(isErr{"nf"}, ErrNotFound), errors.Is(isErr{"x"}, ErrNotFound))
	_, perr := strconv.Atoi("zz")
	fmt.Println(perr)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Unwrap(ErrNotFound), find("x") == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(err, nil)
}

// run

package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func main() {
	fmt.Println("start")
	panic(ParseError{Line: 3, Msg: "unexpected token"})
}

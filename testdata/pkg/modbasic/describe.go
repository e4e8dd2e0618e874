package main

import (
	"fmt"

	"example.com/basic/shapes"
)

func init() { fmt.Println("describe init") }

func describe(s shapes.Shape) string {
	if big, ok := s.(interface{ Big() bool }); ok && big.Big() {
		return fmt.Sprintf("big %.2f", s.Area())
	}
	return fmt.Sprintf("%.2f", s.Area())
}

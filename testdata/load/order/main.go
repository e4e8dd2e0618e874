package main

import (
	_ "example.com/order/z"
	_ "example.com/order/a"
)

func main() { F() }

func F() *int { x := 1; return &x }

package main

import "example.com/mb/x"

func main() { println(x.F()) }

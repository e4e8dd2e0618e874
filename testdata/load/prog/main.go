package main

import "example.com/prog/lib"

func main() { lib.F() }

package main

import "example.com/e/util"

func main() { println(util.F()) }

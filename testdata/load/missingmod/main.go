package main

import "github.com/foo/bar"

func main() { bar.X() }

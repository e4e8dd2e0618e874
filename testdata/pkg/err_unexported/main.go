package main

import "example.com/unexp/util"

func main() {
	var t util.T
	println(util.count, util.helper(), util.Nope, t.x, t.X)
}

// errorcheck

// minigo golden test: a map type whose key type is not followed by "]"

package main

var m map[string{}]int // ERROR "unexpected [{], expecting \]"

func main() {}

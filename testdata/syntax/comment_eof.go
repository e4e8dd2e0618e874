// errorcheck

// minigo golden test: an unterminated comment

package main

func main() {}

/* // ERROR "comment not terminated"

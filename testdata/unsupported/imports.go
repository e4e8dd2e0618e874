// errorcheck

// minigo-only: gc accepts this program; minigo refuses what it does not provide.

package main

import "net/http" // ERROR "package net/http not supported by minigo"

func main() {
	_ = http.Get
}

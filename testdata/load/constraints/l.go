//go:build ignore

package main

var l = 1

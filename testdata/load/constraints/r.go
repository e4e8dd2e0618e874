//go:build cgo

package main

var r = 1

//go:build linux && amd64

package main

var h = 1

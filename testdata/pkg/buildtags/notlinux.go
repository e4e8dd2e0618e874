//go:build !linux || arm64

package main

var extra = "not linux/amd64"

// +build linux darwin
// +build arm64

package main

var q = 1

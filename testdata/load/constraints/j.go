// +build linux,!cgo

package main

var j = 1

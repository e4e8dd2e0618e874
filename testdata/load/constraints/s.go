//go:build (linux || windows) && !(arm || 386)
// +build windows

package main

var s = 1

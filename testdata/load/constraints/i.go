//go:build windows

package main

var i = 1

/* a block comment */
//go:build windows

package main

var t = 1

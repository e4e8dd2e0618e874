//go:build unix && gc && go1.19 && !go1.20

package main

var n = 1

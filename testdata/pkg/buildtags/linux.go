//go:build linux && (amd64 || 386) && gc && go1.18 && !go1.99

package main

var extra = "linux/amd64, gc"

// Copyright notice.

// +build darwin freebsd
// +build amd64

package main

var p = 1

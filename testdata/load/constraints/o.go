// +build windows
package main

var o = 1

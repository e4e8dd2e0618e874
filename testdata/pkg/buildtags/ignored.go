// +build ignore

package main

var extra = 1

// +build ignore

package main

var k = 1

/*
//go:build windows
*/

package main

var u = 1

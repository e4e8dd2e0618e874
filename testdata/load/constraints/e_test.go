package main

var e = 1

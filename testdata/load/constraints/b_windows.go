package main

var b = 1

package main

var y = 1

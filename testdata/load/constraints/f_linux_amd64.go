package main

var f = 1

package main

var d = 1

package main

var v = 1

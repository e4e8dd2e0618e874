package main

var g = 1

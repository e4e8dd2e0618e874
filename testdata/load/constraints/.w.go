package main

var w = 1

package main
var r = '\
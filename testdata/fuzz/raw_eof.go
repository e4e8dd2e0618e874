package main
var s = `raw


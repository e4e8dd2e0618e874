package main
var s = "\x \u12 \U1234 \400 \ud800 \q \"

package main
var x = 0x 0b 0o 1e+ 0x1.p 1__2 09i 0b2 0o9 .e1 1.e

package main

var mm = 1

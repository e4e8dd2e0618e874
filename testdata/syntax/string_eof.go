// errorcheck

// minigo golden test: a string at the end of the file

package main

var s = "abc // ERROR `string not terminated`
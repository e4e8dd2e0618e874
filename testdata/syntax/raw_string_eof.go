// errorcheck

// minigo golden test: a raw string at the end of the file

package main

var s = `abc // ERROR "string not terminated"

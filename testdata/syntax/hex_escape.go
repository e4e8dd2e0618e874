// errorcheck

// minigo golden test: a bad digit in a hexadecimal escape

package main

var s = "\x4g" // ERROR "invalid character 'g' in hexadecimal escape"

func main() {}

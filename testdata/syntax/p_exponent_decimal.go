// errorcheck

// minigo golden test: a p exponent on a decimal mantissa

package main

var x = 1p4 // ERROR "'p' exponent requires hexadecimal mantissa"

func main() {}

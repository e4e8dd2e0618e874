// errorcheck

// minigo golden test: a function name not followed by its parameters

package main

func main;() {} // ERROR "unexpected semicolon, expecting \("

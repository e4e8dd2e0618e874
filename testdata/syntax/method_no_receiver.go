// errorcheck

// minigo golden test: a method without receiver

package main

func () m() {} // ERROR "method has no receiver"

func main() {}

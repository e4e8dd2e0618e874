// errorcheck

// minigo golden test: the body's { on the next line

package main

func main()
{ // ERROR "syntax error: unexpected semicolon or newline before [{]"
}

// errorcheck -0 -m -l
package main

var sink interface{}

func f() { sink = 12345 } // ERROR ": 12345 escapes to heap$"

func g() { sink = "hello" } // ERROR `: "hello" escapes to heap$`

func h(b bool) { sink = b } // ERROR ": b escapes to heap$"

func main() {}

// errorcheck -0 -m -l
package main

type T struct{ a int }

var gp = new(int) // ERROR ": new\(int\) escapes to heap$"
var gt = &T{1}
var gs = []int{1, 2}
var gm = map[string]int{"a": 1} // ERROR ": map\[string\]int\{\.\.\.\} escapes to heap$"
var gx = make([]int, 10) // ERROR ": make\(\[\]int, 10\) escapes to heap$"

func mk() *T { return &T{} } // ERROR ": &T\{\} escapes to heap$"

var gy = mk()

func main() {}

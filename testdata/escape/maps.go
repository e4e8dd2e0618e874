// errorcheck -0 -m -l
package main

var gm map[string]int

func maps(n int) int {
	m1 := make(map[int]int) // ERROR ": make\(map\[int\]int\) does not escape$"
	m1[1] = 2
	m2 := make(map[int]int, n) // ERROR ": make\(map\[int\]int, n\) does not escape$"
	m2[3] = 4
	m3 := map[string]int{"a": 1, "b": 2} // ERROR ": map\[string\]int\{\.\.\.\} does not escape$"
	gm = map[string]int{"c": 3} // ERROR ": map\[string\]int\{\.\.\.\} escapes to heap$"
	m4 := make(map[int]int, 100) // ERROR ": make\(map\[int\]int, 100\) does not escape$"
	x := 5 // ERROR ": moved to heap: x$"
	m5 := map[*int]bool{&x: true} // ERROR ": map\[\*int\]bool\{\.\.\.\} does not escape$"
	return m1[1] + m2[3] + m3["a"] + len(m4) + len(m5)
}

func retmap() map[int]int {
	return make(map[int]int) // ERROR ": make\(map\[int\]int\) escapes to heap$"
}

func keyval(k, v *int) { // ERROR ": leaking param: k$" ": leaking param: v$"
	m := map[*int]*int{} // ERROR ": map\[\*int\]\*int\{\} does not escape$"
	m[k] = v
}

func main() {
	_ = maps(1)
	_ = retmap()
	keyval(nil, nil)
}

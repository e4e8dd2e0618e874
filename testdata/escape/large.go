// errorcheck -0 -m -l
package main

type Big [1 << 20]int64 // 8 MiB
type Huge [2 << 20]int64 // 16 MiB

func large() int64 {
	var a Big
	var b Huge // ERROR ": moved to heap: b$"
	c := new([8192]int64) // ERROR ": new\(\[8192\]int64\) does not escape$"
	d := new([8193]int64) // ERROR ": new\(\[8193\]int64\) escapes to heap$"
	e := &[8193]int64{} // ERROR ": &\[8193\]int64\{\} escapes to heap$"
	var f [100000]byte
	return a[0] + b[0] + c[0] + d[0] + e[0] + int64(f[0])
}

func main() { _ = large() }

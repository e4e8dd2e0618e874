// []byte("constant") at package level is static data (staticinit's
// InitSliceBytes): writable, and not an allocation -m reports.
package main

import "fmt"

var a = []byte("héllo")
var b = []byte("")
var c = struct{ p []byte }{[]byte("x")}

func main() {
	a[0] = 'H'
	fmt.Println(string(a), b == nil, len(b), string(c.p))
}

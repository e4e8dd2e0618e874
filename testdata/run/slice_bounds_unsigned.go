// Slice bounds panics as gc's: an unsigned 64-bit index prints as unsigned
// and is never "negative" (the ...U variants), and a 3-index slice of an
// array names its length, of a slice its capacity.
package main

import "fmt"

func try(what string, f func()) {
	defer func() { fmt.Println(what, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var a [3]int
	big := ^uint(0)
	var u32 uint32 = 1 << 31
	try("s[:big]", func() { _ = s[:big] })
	try("s[big:]", func() { _ = s[big:] })
	try("s[big:2]", func() { _ = s[big:2] })
	try("s[1:2:big]", func() { _ = s[1:2:big] })
	try("s[1:big:2]", func() { _ = s[1:big:2] })
	try("s[big:1:2]", func() { _ = s[big:1:2] })
	try("a[0:1:big]", func() { _ = a[0:1:big] })
	try("a[0:1:4]", func() { n := 4; _ = a[0:1:n] })
	try("s[:u32]", func() { _ = s[:u32] })
	try("s[big]", func() { _ = s[big] })
	n := -1
	try("s[:n]", func() { _ = s[:n] })
	try("\"abc\"[:big]", func() { _ = "abc"[:big] })
}

package main

// []byte of a constant string is an array of exactly its length (on the
// stack when it does not escape), so its cap is its length; a non-constant
// string still gets the 32-byte buffer, or a size class on the heap.

import "fmt"

var sink []byte

func main() {
	b := append([]byte("abc"), "defgh"...)
	fmt.Println(len(b), cap(b), string(b))
	e := []byte("")
	fmt.Println(len(e), cap(e))
	sink = []byte("escapes")
	fmt.Println(len(sink), cap(sink))
	s := "xyz"
	c := append([]byte(s), "defgh"...)
	fmt.Println(len(c), cap(c))
	sink = append([]byte("0123456789"), '!')
	fmt.Println(len(sink), cap(sink), string(sink))
}

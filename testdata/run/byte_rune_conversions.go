// run

package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(r, len(r))
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var by byte = 'z'
	fmt.Println(string(by), string(rune(by)))
	fmt.Println([]byte(""), []rune(""), string([]byte{}), string([]rune{}) == "")
	bs := []byte{72, 105, 33}
	fmt.Println(string(bs))
	bs[2] = '?'
	fmt.Println(string(bs))
	// a converted copy does not alias
	c := []byte(s)
	d := string(c)
	c[0] = 'X'
	fmt.Println(d, string(c))
	// []byte to string and back in a loop (building)
	var acc []byte
	for i := 0; i < 5; i++ {
		acc = append(acc, "ab"...)
		acc = append(acc, byte('0'+i))
	}
	fmt.Println(string(acc))
	// rune arithmetic
	for _, ch := range "abc" {
		fmt.Print(string(ch-32), string(ch+1))
	}
	fmt.Println()
	rs := []rune{0x48, 0x49, 0x4e16, 0x754c}
	fmt.Println(string(rs), len(string(rs)))
	fmt.Printf("%v %s %x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), "hi")
	fmt.Printf("%q %v\n", []rune("ok"), []rune("ok"))
}

// run

package main

import "fmt"

func main() {
	s := "héllo, 世界! 😀"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n)
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// invalid UTF-8 yields U+FFFD, width 1
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	// bytes vs runes
	for i := 0; i < len("é世"); i++ {
		fmt.Printf("%d:%x ", i, "é世"[i])
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:9]))
	fmt.Printf("%c %U %q\n", rs[1], rs[1], rs[8])
	// surrogate halves and out-of-range runes become U+FFFD
	fmt.Println(string(rune(0xD800)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD", string(rune(-1)))
	// counting by category
	ascii, multi := 0, 0
	for _, r := range s {
		if r < 0x80 {
			ascii++
		} else {
			multi++
		}
	}
	fmt.Println(ascii, multi)
}

// run

package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[0], s[7], s[len(s)-1])
	fmt.Println(s[:5], s[7:], s[3:8], s[:], s[12:], len(s[12:]))
	t := s[7:]
	u := t[1:3]
	fmt.Println(u)
	// indexing yields bytes
	var b byte = s[1]
	fmt.Printf("%c %d %T\n", b, b, b)
	// reverse by bytes
	r := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		r[len(s)-1-i] = s[i]
	}
	fmt.Println(string(r))
	// count occurrences
	cnt := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' || s[i] == 'l' {
			cnt++
		}
	}
	fmt.Println("o/l count:", cnt)
	// substrings compare
	fmt.Println(s[0:5] == "Hello", s[7:12] < s[0:5])
	// palindrome check
	for _, w := range []string{"racecar", "level", "golang", "", "a", "abba"} {
		ok := true
		for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
			if w[i] != w[j] {
				ok = false
				break
			}
		}
		fmt.Printf("%q palindrome=%v\n", w, ok)
	}
	// const string indexing
	const cs = "const"
	fmt.Println(cs[2], len(cs))
}

// run

package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Println(len(strings.Fields(s)), len(strings.Fields("   ")))
	fmt.Println(strings.ToUpper(s), "|", strings.ToLower("MiXeD CaSe 123"))
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.Index(s, "quick"), strings.Index(s, "zzz"), strings.Index(s, ""), strings.Index("chicken", "ken"))
	fmt.Println(strings.HasPrefix(s, "  The"), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog  "), strings.HasSuffix("x", "xx"))
	parts := strings.Split("a,b,,c,", ",")
	fmt.Printf("%q %d\n", parts, len(parts))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no-sep", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Join([]string{"one"}, ", "))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", len(strings.Repeat("xyz", 100)))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("ÀÉÎ"))
	fmt.Printf("%q\n", strings.TrimSpace("\t\n x y \r\n"))
	words := strings.Fields("go is fun and go is fast")
	joined := strings.Join(words, "+")
	fmt.Println(joined, strings.Index(joined, "go+is+fast"))
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String(), sb.Len())
}

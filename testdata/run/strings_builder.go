// run

package main

import (
	"fmt"
	"strings"
)

func render(rows [][]string) string {
	var b strings.Builder
	for _, row := range rows {
		for j, cell := range row {
			if j > 0 {
				b.WriteByte('|')
			}
			b.WriteString(cell)
		}
		b.WriteRune('⏎')
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("abc")
	b.WriteByte('-')
	b.WriteRune('é')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	b.WriteString(fmt.Sprintf("[%d:%s]", 42, "x"))
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len())
	for i := 0; i < 1000; i++ {
		b.WriteString("0123456789")
	}
	s := b.String()
	fmt.Println(len(s), s[9995:])
	fmt.Print(render([][]string{{"a", "b"}, {"c", "d", "e"}, {}}))
	var nb strings.Builder
	n, err := nb.WriteString("hello")
	fmt.Println(n, err)
	nb.Grow(100)
	fmt.Println(nb.Len(), nb.String())
}

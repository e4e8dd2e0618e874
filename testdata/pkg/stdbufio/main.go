// bufio compiled from $GOROOT/src: Scanner (lines, words, runes, a custom
// split), Reader, Writer over strings and bytes.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	text := "the quick brown fox\njumps over\n\nthe lazy dog\n"
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	counts := map[string]int{}
	for words.Scan() {
		counts[words.Text()]++
	}
	fmt.Println(len(counts), counts["the"])
	r := bufio.NewReader(strings.NewReader("héllo, world"))
	c, size, _ := r.ReadRune()
	s, err := r.ReadString(',')
	fmt.Println(string(c), size, s, err, r.Buffered())
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	for i := 0; i < 5; i++ {
		w.WriteString("line ")
		w.WriteByte(byte('0' + i))
		w.WriteRune('\n')
	}
	fmt.Println(buf.Len(), w.Buffered())
	w.Flush()
	fmt.Print(buf.String())
	csv := bufio.NewScanner(strings.NewReader("a,b,,c"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for csv.Scan() {
		fmt.Printf("[%s]", csv.Text())
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"strings"
)

// A bounded parallel map-reduce: at most three workers at once (a
// semaphore channel), each counting the words of one document; the
// counts fan in over one channel and are reduced in document order.
func main() {
	docs := []string{
		"the quick brown fox", "jumps over the lazy dog", "go is fun",
		"channels and goroutines", "select with default", "a b c d e f",
		"the end",
	}
	type part struct{ i, words, letters int }
	sem := make(chan struct{}, 3)
	out := make(chan part)
	for i, d := range docs {
		go func(i int, d string) {
			sem <- struct{}{}
			defer func() { <-sem }()
			w := strings.Fields(d)
			n := 0
			for _, x := range w {
				n += len(x)
			}
			out <- part{i, len(w), n}
		}(i, d)
	}
	parts := make([]part, len(docs))
	for range docs {
		p := <-out
		parts[p.i] = p
	}
	total := 0
	for _, p := range parts {
		fmt.Printf("doc %d: %d words, %d letters\n", p.i, p.words, p.letters)
		total += p.words
	}
	fmt.Println("total words:", total)
}

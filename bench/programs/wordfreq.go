// bench: default N=10000000, quick N=20000
//
// wordfreq: generate N words of deterministic pseudo-random text (an LCG
// picks syllables), split it with strings.Fields, count the words in a
// map[string]int, and print the 10 most frequent words and a checksum.

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

var syllables = []string{"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "ve", "zu", "an", "or", "el", "ix", "um", "ba"}

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state >> 33
}

func genText(n int) string {
	r := &rng{42}
	var b strings.Builder
	for i := 0; i < n; i++ {
		// skewed length and vocabulary so that frequencies differ
		parts := 1 + int(r.next()%3)
		for p := 0; p < parts; p++ {
			x := r.next() % 256
			b.WriteString(syllables[(x*x/4096)%uint64(len(syllables))])
		}
		if r.next()%13 == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func less(a, b entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func sortEntries(es []entry) {
	// heap sort: deterministic, no sort package needed
	n := len(es)
	sift := func(root, end int) {
		for {
			child := 2*root + 1
			if child >= end {
				return
			}
			if child+1 < end && less(es[child], es[child+1]) {
				child++
			}
			if !less(es[root], es[child]) {
				return
			}
			es[root], es[child] = es[child], es[root]
			root = child
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		es[0], es[end] = es[end], es[0]
		sift(0, end)
	}
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	text := genText(n)
	counts := make(map[string]int)
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			counts[w]++
		}
	}
	es := make([]entry, 0, len(counts))
	total := 0
	for w, c := range counts {
		es = append(es, entry{w, c})
		total += c
	}
	sortEntries(es)
	fmt.Println("words:", total, "distinct:", len(counts), "bytes:", len(text))
	for i := 0; i < 10 && i < len(es); i++ {
		fmt.Printf("%-12s %d\n", es[i].word, es[i].count)
	}
	h := uint64(14695981039346656037)
	for _, e := range es {
		for i := 0; i < len(e.word); i++ {
			h = (h ^ uint64(e.word[i])) * 1099511628211
		}
		h = (h ^ uint64(e.count)) * 1099511628211
	}
	fmt.Println("checksum:", h)
}

// run

package main

import (
	"fmt"
	"strings"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox barks and the dog runs"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	for _, k := range sortedKeys(freq) {
		fmt.Println(k, freq[k])
	}
	// sum of values and keys is order independent
	im := map[int]int{}
	for i := 0; i < 1000; i++ {
		im[i*7%1009] = i
	}
	ks, vs, n := 0, 0, 0
	for k, v := range im {
		ks += k
		vs += v
		n++
	}
	fmt.Println(n, ks, vs)
	// every key is visited exactly once
	seen := make([]int, 1009)
	for k := range im {
		seen[k]++
	}
	bad := 0
	for _, c := range seen {
		if c > 1 {
			bad++
		}
	}
	fmt.Println("duplicates:", bad)
	// values only, via key
	total := 0
	for _, v := range freq {
		total += v
	}
	fmt.Println("words:", total, "distinct:", len(freq))
	// iteration over an empty map
	for range map[int]int{} {
		fmt.Println("never")
	}
}

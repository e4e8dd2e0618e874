// bench: default N=1500, quick N=5
//
// strbuild: strings.Builder, += concatenation, multi-operand concatenation,
// strconv.Itoa and []byte/string conversions, N rounds.

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func fnv(s string, h uint64) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func main() {
	n := 1500
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	h := uint64(14695981039346656037)
	total := 0
	for round := 0; round < n; round++ {
		var b strings.Builder
		for i := 0; i < 5000; i++ {
			b.WriteString("item-")
			b.WriteString(strconv.Itoa(i * round))
			b.WriteByte(';')
		}
		s := b.String()
		total += len(s)
		// short concatenations, most of which fit the 32-byte temporary buffer
		acc := 0
		for i := 0; i < 5000; i++ {
			k := "k" + strconv.Itoa(i) + "=" + strconv.Itoa(round) + "/" + "v"
			acc += len(k)
		}
		// += in a loop (quadratic copying on a short string)
		t := ""
		for i := 0; i < 300; i++ {
			t += string(rune('a' + i%26))
		}
		// conversions
		bs := []byte(s[:1000])
		for i := range bs {
			if bs[i] == ';' {
				bs[i] = ','
			}
		}
		u := string(bs)
		parts := strings.Split(u[:200], ",")
		joined := strings.Join(parts, "|")
		up := strings.ToUpper(joined)
		h = fnv(s[len(s)-20:], h)
		h = fnv(t, h)
		h = fnv(up, h)
		total += acc + len(t) + len(u) + len(parts)
	}
	fmt.Println("total:", total)
	fmt.Println("checksum:", h)
}

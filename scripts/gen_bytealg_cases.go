// Generates tests/bytealg_cases.h: inputs and Go 1.19's results for the
// functions that amd64 Go writes in assembly in internal/bytealg (the
// native overlay, runtime/overlay_bytealg.c).
//
//	go run scripts/gen_bytealg_cases.go > tests/bytealg_cases.h
//
// The results come from the exported std functions that call the assembly:
// bytes.IndexByte and strings.IndexByte (IndexByte, IndexByteString),
// bytes.Count and strings.Count with a one-byte separator (Count,
// CountString), bytes.Index and strings.Index with 2 <= len(sep) <= 63
// (Index, IndexString; bytealg's contract), bytes.Compare (Compare).  The
// []byte and the string function must agree; the header keeps one column.
//
// The inputs are deterministic (math/rand with fixed seeds): every length
// 0..70 over small alphabets, so that matches land at every offset and on
// both sides of the assembly's 16- and 32-byte blocks; long inputs (up to
// 5000 bytes, the worst case of a naive search among them); NUL bytes and
// bytes >= 0x80, which must compare unsigned.  Strings are stored once in a
// table and named by index.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"strings"
)

var (
	pool  []string
	index = map[string]int{}
	out   = bufio.NewWriter(os.Stdout)
)

// str returns s's index in the string table.
func str(s string) int {
	if i, ok := index[s]; ok {
		return i
	}
	index[s] = len(pool)
	pool = append(pool, s)
	return len(pool) - 1
}

type byteCase struct{ s, c, idx, cnt int }
type pairCase struct{ a, b, r int }

var (
	byteCases    []byteCase
	indexCases   []pairCase
	compareCases []pairCase
	seenByte     = map[[2]int]bool{}
	seenIndex    = map[[2]int]bool{}
	seenCompare  = map[[2]int]bool{}
)

func check(what string, x, y int) int {
	if x != y {
		panic(fmt.Sprintf("%s: bytes and strings disagree: %d, %d", what, x, y))
	}
	return x
}

func addByte(s string, c byte) {
	k := [2]int{str(s), int(c)}
	if seenByte[k] {
		return
	}
	seenByte[k] = true
	idx := check("IndexByte", bytes.IndexByte([]byte(s), c), strings.IndexByte(s, c))
	cnt := check("Count", bytes.Count([]byte(s), []byte{c}), strings.Count(s, string([]byte{c})))
	byteCases = append(byteCases, byteCase{k[0], int(c), idx, cnt})
}

func addIndex(a, b string) {
	if len(b) < 2 || len(b) > 63 {
		return
	}
	k := [2]int{str(a), str(b)}
	if seenIndex[k] {
		return
	}
	seenIndex[k] = true
	r := check("Index", bytes.Index([]byte(a), []byte(b)), strings.Index(a, b))
	indexCases = append(indexCases, pairCase{k[0], k[1], r})
}

func addCompare(a, b string) {
	k := [2]int{str(a), str(b)}
	if seenCompare[k] {
		return
	}
	seenCompare[k] = true
	r := check("Compare", bytes.Compare([]byte(a), []byte(b)), strings.Compare(a, b))
	compareCases = append(compareCases, pairCase{k[0], k[1], r})
}

func random(r *rand.Rand, n int, alphabet string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.Intn(len(alphabet))]
	}
	return string(b)
}

func allBytes() string {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return string(b)
}

const (
	ab   = "ab"
	odd  = "a\x00\x80\xff"            // NUL and high bytes
	high = "\x00\x01\x7f\x80\xfe\xff" // the edges of signed and unsigned order
)

func main() {
	r := rand.New(rand.NewSource(19))
	all := allBytes()
	perm := []byte(all)
	r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })

	// The short inputs, shared by IndexByte, Count and Index: for every
	// length n in 0..70, a^n, a^(n-1)b (the one b at n-1), random text
	// over ab, and random text over odd (n even) or over all 256 bytes (n
	// odd): the escaped high bytes cost four characters each in the header.
	type hay struct{ s, alpha string }
	var short [][]hay
	for n := 0; n <= 70; n++ {
		ones := "" // a^(n-1)b
		if n > 0 {
			ones = strings.Repeat("a", n-1) + "b"
		}
		mixed := odd
		if n%2 == 1 {
			mixed = all
		}
		short = append(short, []hay{
			{strings.Repeat("a", n), ab},
			{ones, ab},
			{random(r, n, ab), ab},
			{random(r, n, mixed), mixed},
		})
	}
	var long []string
	for _, n := range []int{100, 127, 128, 129, 255, 256, 1000, 4099} {
		long = append(long, random(r, n, ab))
		if n <= 1000 {
			long = append(long, random(r, n, odd))
		}
	}
	worst := strings.Repeat("a", 4999) + "b"
	period := strings.Repeat("ab", 2048)
	long = append(long, worst, period)

	// ---- IndexByte, Count ----
	// Over ab only a, b and a byte that is absent; every byte of cs in
	// the rest.
	cs := []byte{'a', 'b', 0, 0x80, 0xff, 'z'}
	for _, hs := range short {
		for _, h := range hs {
			for _, c := range cs {
				if h.alpha != ab || c == 'a' || c == 'b' || c == 'z' {
					addByte(h.s, c)
				}
			}
		}
	}
	for _, s := range long {
		for _, c := range cs {
			addByte(s, c)
		}
	}
	for c := 0; c < 256; c++ {
		addByte(all, byte(c))
		addByte(string(perm), byte(c))
	}

	// ---- Index ----
	// For every short text but a^n (below) three separator lengths out of
	// ks, in turn (a small, a middle and a large one; every k meets every
	// kind of text at about 14 lengths): the suffix, a random substring and
	// that substring with its last byte changed (a near miss), or, with
	// k > n, a random separator longer than the text.  Then the text itself
	// and a short random separator.
	ks := []int{2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 62, 63}
	for n, hs := range short {
		for hi, h := range hs[1:] {
			for j := 0; j < 3; j++ {
				k := ks[(n+hi+5*j)%len(ks)]
				if k <= n {
					addIndex(h.s, h.s[n-k:])                                      // at the end (or before)
					i := r.Intn(n - k + 1)                                        // somewhere
					addIndex(h.s, h.s[i:i+k])                                     // found
					addIndex(h.s, h.s[i:i+k-1]+string([]byte{h.s[i+k-1] ^ 0x80})) // a near miss
				} else {
					addIndex(h.s, random(r, k, ab)) // longer than h
				}
			}
			addIndex(h.s, h.s)
			addIndex(h.s, random(r, 2+r.Intn(4), ab))
		}
		// a^(k-1)b in a^(n-1)b: the match at n-k, every offset; and, for
		// two k in turn, in a^n (every partial match fails at the
		// end) and a^k in a^n
		kb := []int{2, 3, 4, 8, 9, 16, 17, 32, 63}
		for _, k := range kb {
			if k <= n+1 {
				addIndex(hs[1].s, strings.Repeat("a", k-1)+"b")
			}
		}
		for _, k := range []int{kb[n%len(kb)], kb[(n+4)%len(kb)]} {
			if k <= n+1 {
				addIndex(hs[0].s, strings.Repeat("a", k-1)+"b")
				addIndex(hs[0].s, strings.Repeat("a", k))
			}
		}
	}
	// long texts: five k each, in turn; a random substring, the suffix and
	// a random separator (which hardly ever occurs)
	for li, h := range long[:len(long)-2] {
		for j := 0; j < 5; j++ {
			k := ks[(li+3*j)%len(ks)]
			i := r.Intn(len(h) - k + 1)
			addIndex(h, h[i:i+k])
			addIndex(h, h[len(h)-k:])
			addIndex(h, random(r, k, ab))
		}
	}
	for k := 2; k <= 63; k++ {
		addIndex(worst, strings.Repeat("a", k-1)+"b")
		addIndex(worst, "b"+strings.Repeat("a", k-1))
	}
	addIndex(worst, strings.Repeat("a", 63))
	for _, sep := range []string{"ba", "bb", "abab", "babababa", strings.Repeat("ab", 31) + "b", strings.Repeat("ab", 31) + "a"} {
		addIndex(period, sep)
	}
	for _, sep := range []string{"\x00\x00", "\x00\x01", "\xff\x00", "\x7f\x80", "\xfe\xff", all[250:256], all[0:63]} {
		addIndex(all, sep)
		addIndex(string(perm), sep)
	}

	// ---- Compare ----
	// Equal, a proper prefix either way, and one byte changed at the
	// start, the middle and the end, each by two of +1, 0x7f, 0x80 and
	// 0xff (across 0x80 and 0x00) in turn; every length, over high when
	// it is odd and over ab when it is even.
	ds := []byte{1, 0x7f, 0x80, 0xff}
	for n := 0; n <= 70; n++ {
		alpha := ab
		if n%2 == 1 {
			alpha = high
		}
		a := random(r, n, alpha)
		addCompare(a, a)
		addCompare(a, a+"\x00")
		addCompare(a+"\x00", a)
		if n == 0 {
			addCompare("", "\xff")
			continue
		}
		addCompare(a, a[:n-1])
		addCompare(a[:n-1], a)
		for j, i := range []int{0, n / 2, n - 1} {
			for _, d := range []byte{ds[(n+j)%4], ds[(n+j+2)%4]} {
				b := []byte(a)
				b[i] += d
				addCompare(a, string(b))
			}
		}
	}
	// long: equal, the last byte differs either way, a prefix
	for _, n := range []int{255, 256, 1000} {
		a := random(r, n-1, ab) + "\x80"
		b := []byte(a)
		b[n-1]++
		addCompare(a, a)
		addCompare(a, string(b))
		addCompare(string(b), a)
		addCompare(a[:n-1], a)
	}

	emit()
}

// quote writes s as a C string literal: printable ASCII as itself, the rest
// (and ?, against trigraphs) as three-digit octal escapes.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f && c != '?':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func emit() {
	defer out.Flush()
	fmt.Fprintf(out, "/* Generated by scripts/gen_bytealg_cases.go (go run scripts/gen_bytealg_cases.go > tests/bytealg_cases.h):\n")
	fmt.Fprintf(out, " * inputs and Go 1.19's results on amd64 from bytes.IndexByte/strings.IndexByte, bytes.Count/strings.Count\n")
	fmt.Fprintf(out, " * (one-byte separator), bytes.Index/strings.Index (2 <= len(sep) <= 63) and bytes.Compare, which call\n")
	fmt.Fprintf(out, " * internal/bytealg's assembly.  Strings are indices into bytealg_strs. */\n")
	fmt.Fprintf(out, "static const struct { const char *p; int n; } bytealg_strs[] = {\n")
	for _, s := range pool {
		fmt.Fprintf(out, "\t{ %s, %d },\n", quote(s), len(s))
	}
	fmt.Fprintf(out, "};\n\n/* s, c: IndexByte(s, c), Count(s, c) */\n")
	fmt.Fprintf(out, "static const struct { int s, c, idx, cnt; } bytealg_byte_cases[] = {\n")
	for _, c := range byteCases {
		fmt.Fprintf(out, "\t{ %d, %d, %d, %d },\n", c.s, c.c, c.idx, c.cnt)
	}
	fmt.Fprintf(out, "};\n\n/* a, b: Index(a, b) */\n")
	fmt.Fprintf(out, "static const struct { int a, b, r; } bytealg_index_cases[] = {\n")
	for _, c := range indexCases {
		fmt.Fprintf(out, "\t{ %d, %d, %d },\n", c.a, c.b, c.r)
	}
	fmt.Fprintf(out, "};\n\n/* a, b: Compare(a, b) */\n")
	fmt.Fprintf(out, "static const struct { int a, b, r; } bytealg_compare_cases[] = {\n")
	for _, c := range compareCases {
		fmt.Fprintf(out, "\t{ %d, %d, %d },\n", c.a, c.b, c.r)
	}
	fmt.Fprintf(out, "};\n")
}

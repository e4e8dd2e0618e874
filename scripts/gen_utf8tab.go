package main

import (
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	// IsPrint as ranges [lo, hi]
	fmt.Println("/* generated from Go 1.19's strconv.IsPrint, unicode.ToUpper, unicode.ToLower and")
	fmt.Println(" * unicode.IsSpace by a Go program that walks every code point; do not edit. */")
	fmt.Println("static const uint32_t isprint_ranges[][2] = {")
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if strconv.IsPrint(r) {
			lo := r
			for r+1 <= unicode.MaxRune && strconv.IsPrint(r+1) {
				r++
			}
			fmt.Printf("\t{ 0x%x, 0x%x },\n", lo, r)
			n++
		}
	}
	fmt.Println("};")
	for _, c := range []struct {
		name string
		f    func(rune) rune
	}{{"toupper", unicode.ToUpper}, {"tolower", unicode.ToLower}} {
		// ranges {lo, hi, stride, delta}: for r in lo..hi step stride, f(r) = r + delta
		fmt.Printf("static const struct caserange %s_ranges[] = {\n", c.name)
		type rg struct{ lo, hi, stride, delta rune }
		var rs []rg
		for r := rune(0); r <= unicode.MaxRune; r++ {
			d := c.f(r) - r
			if d == 0 {
				continue
			}
			if len(rs) > 0 {
				l := &rs[len(rs)-1]
				if l.delta == d && (l.lo == l.hi && (r-l.hi == 1 || r-l.hi == 2) || l.lo != l.hi && r-l.hi == l.stride) {
					if l.lo == l.hi {
						l.stride = r - l.hi
					}
					l.hi = r
					continue
				}
			}
			rs = append(rs, rg{r, r, 1, d})
		}
		for _, x := range rs {
			fmt.Printf("\t{ 0x%x, 0x%x, %d, %d },\n", x.lo, x.hi, x.stride, x.delta)
		}
		fmt.Println("};")
	}
	fmt.Print("static const uint32_t isspace_runes[] = {")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			fmt.Printf(" 0x%x,", r)
		}
	}
	fmt.Println(" };")
}

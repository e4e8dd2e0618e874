// gen_unicode_tab.go - writes frontend/unicode_tab.h from Go's unicode package:
//     go run scripts/gen_unicode_tab.go > frontend/unicode_tab.h
// (the lexer's letter, digit and printable tables for code points >= 0x80).

package main

import (
	"fmt"
	"os"
	"unicode"
)

func ranges(name, comment string, f func(rune) bool) {
	fmt.Printf("/* %s */\nstatic const uint32_t %s[][2] = {\n", comment, name)
	n := 0
	in := false
	var lo rune
	line := 0
	for r := rune(0x80); r <= unicode.MaxRune+1; r++ {
		ok := r <= unicode.MaxRune && f(r)
		if ok && !in {
			lo, in = r, true
		} else if !ok && in {
			if line == 0 {
				fmt.Printf("\t")
			}
			fmt.Printf("{0x%x, 0x%x},", lo, r-1)
			line++
			if line == 4 {
				fmt.Printf("\n")
				line = 0
			} else {
				fmt.Printf(" ")
			}
			in = false
			n++
		}
	}
	if line != 0 {
		fmt.Printf("\n")
	}
	fmt.Printf("};\n\n")
	fmt.Fprintln(os.Stderr, name, n)
}

func main() {
	fmt.Printf("/*\n * unicode_tab.h - generated from Go 1.19's unicode package (unicode.IsLetter,\n * unicode.IsDigit, unicode.IsPrint) for code points >= 0x80; ASCII is\n * handled inline by the lexer.  Ranges are inclusive and sorted.\n * Regenerate: go run scripts/gen_unicode_tab.go > frontend/unicode_tab.h\n */\n\n")
	ranges("fe_uni_letter", "unicode.IsLetter", unicode.IsLetter)
	ranges("fe_uni_digit", "unicode.IsDigit", unicode.IsDigit)
	ranges("fe_uni_print", "unicode.IsPrint", unicode.IsPrint)
}

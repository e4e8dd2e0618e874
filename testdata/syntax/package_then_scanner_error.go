// errorcheck

// minigo golden test: gc checks the package clause for errors after
// reading the next token, so an error of the scanner in that token ends
// the compilation: nothing after it is reported

package main
"\q" // ERROR "unknown escape"

func main() {
	x := 1
}

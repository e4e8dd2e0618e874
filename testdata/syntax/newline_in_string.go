// errorcheck

// minigo golden test: an unterminated string

package main

func main() {
	s := "abc // ERROR `newline in string`
	_ = s
}

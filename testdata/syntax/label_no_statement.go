// errorcheck

// minigo golden test: a label followed by what starts no statement; gc
// reports it at the colon

package main

func main() {
L :, 1 // ERROR "missing statement after label"
	goto L
}

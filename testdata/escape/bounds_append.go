// errorcheck -0 -m -l
// walk's safeExpr on append's values: an index expression there goes to a
// temporary of its type before walkIndex sees it, so only a type too
// narrow to leave the array (a byte into [256]T) still elides the check;
// the left-hand sides of a multi-value assignment are order's temporaries
// and keep their lines.
package main

const hex = "0123456789abcdef"

var arr [16]byte
var tab [256]byte
var t8 [8]int

func two() (int, int) { return 1, 2 }

func f(buf []byte, r byte, i int, m map[int]int) []byte { // ERROR "leaking param: buf to result ~r0 level=0$" "m does not escape$"
	buf = append(buf, arr[r&0xF])
	buf = append(buf, hex[r>>4], 1)
	buf = append(buf, arr[r&0xF]+1) // ERROR "index bounds check elided$"
	buf = append(buf, tab[r&0x7f], tab[r]) // ERROR "index bounds check elided$" "index bounds check elided$"
	buf = append(buf[:0], buf[tab[r]&1:]...) // ERROR "index bounds check elided$"
	g(hex[r>>4]) // ERROR "index bounds check elided$"
	t8[i&7], t8[r&3] = two() // ERROR "index bounds check elided$" "index bounds check elided$"
	var ok bool
	t8[i&7], ok = m[i] // ERROR "index bounds check elided$"
	_ = ok
	return buf
}

func g(byte) {}

func main() { println(len(f(nil, 3, 1, nil))) }

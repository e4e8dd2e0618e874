// errorcheck -0 -m -l
// walk's "index bounds check elided": indexes into arrays and constant
// strings whose type and shape keep them in range (a byte into [256]T, i&7,
// u%8, u>>61, ...), in the order gc walks functions and closures, none
// for constant indexes or code its dead-code pass removed.
package main

var t8 [8]int
var t4 [4][4]int

type T struct{ a [16]byte }

func (t *T) get(i uint) byte { return t.a[i%16] + t.a[i>>60] } // ERROR "t does not escape$" "index bounds check elided$" "index bounds check elided$"

func f(i int, u uint, b byte) int {
	t8[i&1] += 1 // ERROR "index bounds check elided$"
	t8[i&2]++ // ERROR "index bounds check elided$"
	t8[i&3] = t8[i&4] // ERROR "f ignoring self-assignment in t8\[i & 3\] = t8\[i & 4\]$" "index bounds check elided$" "index bounds check elided$"
	x, y := t8[i&5], t8[i&6] // ERROR "index bounds check elided$" "index bounds check elided$"
	if false {
		x = t8[i&7]
	}
	for j := 0; j < t8[i&1]; j += t8[i&2] { // ERROR "index bounds check elided$" "index bounds check elided$"
		y += t4[i&3][u%4] // ERROR "index bounds check elided$" "index bounds check elided$"
	}
	switch t8[i&3] { // ERROR "index bounds check elided$"
	case t8[i&4]: // ERROR "index bounds check elided$"
		x++
	}
	var arr [300]int
	z := arr[b] + arr[u/uint(1<<56)] + arr[u&^0xffffffffffffff00] // ERROR "index bounds check elided$"
	defer println(t8[i&1]) // ERROR "index bounds check elided$"
	go2(t8[i&2]) // ERROR "index bounds check elided$"
	s := "hello world, hello"
	_ = s
	const k = "abcd"
	w := k[i&3] + "xyzw"[u%4] // ERROR "index bounds check elided$" "index bounds check elided$"
	return x + y + z + int(w)
}

func go2(int) {}

func g(i int) int {
	if true {
		return t8[i&1] // ERROR "index bounds check elided$"
	}
	return t8[i&2]
}

func main() {
	println(f(1, 2, 3), (&T{}).get(3), g(1), closures(2)) // ERROR "&T\{\} does not escape$"
}

func closures(i int) int {
	a := func() int { return t8[i&1] } // ERROR "func literal does not escape$" "index bounds check elided$"
	b := func(j int) int { return t8[j&2] } // ERROR "func literal does not escape$" "index bounds check elided$"
	c := func() int { // ERROR "func literal does not escape$"
		d := func() int { return t8[i&3] } // ERROR "func literal does not escape$" "index bounds check elided$"
		return t8[i&4] + d() // ERROR "index bounds check elided$"
	}
	return a() + b(i) + c() + t8[i&5] // ERROR "index bounds check elided$"
}

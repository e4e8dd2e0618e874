// run

// m[k] op= v as gc lowers it: one mapassign and an update through its
// slot, so an op that panics after the slot is taken (a negative shift)
// leaves a zero entry behind, while / and % look up first and panic on a
// zero divisor before the entry exists.  Operand order, nil maps, struct
// and float keys, string concatenation, and updates across map growth.
// (gccgo shifts before it takes the slot and prints 1 entry, not 2: the
// spec leaves this order open, and gc is the reference.)

package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

type key struct {
	a int
	s string
}

func main() {
	words := []string{"go", "map", "go", "slot", "map", "go"}
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts["go"], counts["map"], counts["slot"], len(counts))

	m := map[int]int{1: 10}
	try("div", func() { z := 0; m[2] /= z })
	try("mod", func() { z := 0; m[3] %= z })
	fmt.Println("after div/mod by zero:", len(m), m)
	m[1] /= 3
	m[1] %= 2
	fmt.Println(m[1])

	try("shift", func() { s := -1; m[4] <<= s })
	fmt.Println("after negative shift:", len(m))

	var nilm map[string]int
	try("nil", func() { nilm["x"] += 1 })

	sm := map[key]string{}
	for i := 0; i < 3; i++ {
		sm[key{i % 2, "k"}] += fmt.Sprint(i)
	}
	fmt.Println(sm[key{0, "k"}], sm[key{1, "k"}])

	fm := map[float64]float64{}
	fm[0.5] += 1.25
	fm[0.5] *= 4
	fm[0.5] -= 1
	fm[0.5] /= 2
	fmt.Println(fm[0.5])

	// the key and the value are evaluated before the slot is taken
	order := []string{}
	k := func(s string) string { order = append(order, "k"+s); return s }
	v := func(n int) int { order = append(order, fmt.Sprint("v", n)); return n }
	counts[k("a")] += v(5)
	counts[k("b")] |= v(3)
	counts[k("b")] ^= v(1)
	counts[k("b")] &^= v(2)
	fmt.Println(order, counts["a"], counts["b"])

	// growing the map while updating: every key updated many times
	big := map[int]uint8{}
	for i := 0; i < 10000; i++ {
		big[i%997] += uint8(i)
	}
	sum := 0
	for _, b := range big {
		sum += int(b)
	}
	fmt.Println(len(big), sum)
}

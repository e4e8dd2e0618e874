// run

package main

import "fmt"

type S struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	fmt.Println(i)
	arr := [3]int{}
	arr[1]++
	arr[2]--
	fmt.Println(arr)
	s := &S{}
	s.n++
	s.n += 10
	fmt.Println(s.n)
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 5
	fmt.Println(m["a"], m["b"], m["c"])
	f := 1.5
	f++
	f *= 2
	f -= 0.5
	f /= 2
	fmt.Println(f)
	var u8 uint8 = 250
	for k := 0; k < 10; k++ {
		u8++
	}
	fmt.Println(u8)
	str := "a"
	str += "b"
	str += str
	fmt.Println(str)
	x := 0xFF
	x &= 0x0F
	x |= 0x30
	x ^= 0x01
	x <<= 2
	x >>= 1
	x %= 50
	x &^= 4
	fmt.Println(x)
	// op-assign evaluates the index once
	calls := 0
	idx := func() int { calls++; return 0 }
	sl := []int{5}
	sl[idx()] += 10
	sl[idx()]++
	fmt.Println(sl, calls)
	p := &arr[0]
	*p += 7
	(*p)++
	fmt.Println(arr)
}

// run

package main

import "fmt"

type Triple struct{ a, b, c int64 }

type Forty struct{ a, b, c, d, e int64 }

func main() {
	var s []int
	last := -1
	for i := 0; i < 100000; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			last = cap(bs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ts []Triple
	last = -1
	for i := 0; i < 2000; i++ {
		ts = append(ts, Triple{})
		if cap(ts) != last {
			last = cap(ts)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var is []int32
	last = -1
	for i := 0; i < 2000; i++ {
		is = append(is, int32(i))
		if cap(is) != last {
			last = cap(is)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 2000; i++ {
		ss = append(ss, "x")
		if cap(ss) != last {
			last = cap(ss)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var fs []Forty
	last = -1
	for i := 0; i < 2000; i++ {
		fs = append(fs, Forty{})
		if cap(fs) != last {
			last = cap(fs)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	fmt.Println(len(s), s[99999], len(bs), len(ts), len(is), len(ss), len(fs))
}

// run

package main

import (
	"fmt"
	"strings"
)

type Rec struct {
	K string
	V []int
}

func primes(n int) []int {
	var ps []int
	for i := 2; len(ps) < n; i++ {
		isP := true
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				isP = false
				break
			}
		}
		if isP {
			ps = append(ps, i)
		}
	}
	return ps
}

func main() {
	ps := primes(1000)
	fmt.Println(len(ps), ps[:10], ps[999])
	var recs []Rec
	for i := 0; i < 300; i++ {
		r := Rec{K: strings.Repeat("k", i%5+1)}
		for j := 0; j < i%7; j++ {
			r.V = append(r.V, j)
		}
		recs = append(recs, r)
	}
	total := 0
	for _, r := range recs {
		total += len(r.V) + len(r.K)
	}
	fmt.Println(len(recs), total, cap(recs))
	// nested appends building a triangle
	var tri [][]int
	for i := 0; i < 50; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, i*j)
		}
		tri = append(tri, row)
	}
	fmt.Println(len(tri), tri[49][49], len(tri[10]))
	// append strings and bytes
	var words []string
	var buf []byte
	for i := 0; i < 1000; i++ {
		w := fmt.Sprint(i)
		words = append(words, w)
		buf = append(buf, w...)
		buf = append(buf, ',')
	}
	fmt.Println(len(words), len(buf), string(buf[len(buf)-8:]))
	// prepend via append
	var dq []int
	for i := 0; i < 10; i++ {
		dq = append([]int{i}, dq...)
	}
	fmt.Println(dq)
	// stack push/pop
	stack := []int{}
	for i := 0; i < 100; i++ {
		stack = append(stack, i)
		if i%3 == 0 {
			stack = stack[:len(stack)-1]
		}
	}
	fmt.Println(len(stack), stack[len(stack)-1])
}

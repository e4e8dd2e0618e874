// run

package main

import "fmt"

type Matrix [64][64]float64

func identity() Matrix {
	var m Matrix
	for i := range m {
		m[i][i] = 1
	}
	return m
}

func mul(a, b *Matrix) Matrix {
	var c Matrix
	for i := 0; i < 64; i++ {
		for k := 0; k < 64; k++ {
			aik := a[i][k]
			for j := 0; j < 64; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
	return c
}

func bigLocal(seed int) int {
	var buf [1 << 17]int64 // 1 MB on the stack (below gc's 10 MB limit)
	for i := range buf {
		buf[i] = int64(i ^ seed)
	}
	s := int64(0)
	for i := 0; i < len(buf); i += 1024 {
		s += buf[i]
	}
	return int(s)
}

func hugeLocal() int {
	var huge [2 << 20]int64 // 16 MB: over 10 MB, so it lives on the heap
	huge[len(huge)-1] = 7
	huge[0] = 5
	return int(huge[0] + huge[len(huge)-1])
}

func main() {
	id := identity()
	m := id
	m[3][5] = 2
	p := mul(&m, &id)
	fmt.Println(p[3][5], p[0][0], p[63][63], id[3][5])
	fmt.Println(bigLocal(0), bigLocal(12345))
	fmt.Println(hugeLocal())
	big := make([]int, 10000) // constant size, 80 KB > 64 KB: heap
	for i := range big {
		big[i] = i
	}
	fmt.Println(big[9999], len(big))
	small := make([]int, 100) // constant, small: may stay on the stack
	small[99] = 1
	fmt.Println(small[99])
	arr := [100000]byte{}
	arr[99999] = 'z'
	cp := arr
	cp[0] = 'a'
	fmt.Println(arr[0], cp[0], cp[99999])
}

// run

package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 50)
	fmt.Println(arr, s)
	s = append(s, 60)
	fmt.Println(arr, s, cap(s))
	s = append(s, 70) // exceeds cap 5: reallocates
	s[0] = -2
	fmt.Println(arr, s, len(s))
	t := arr[:0:0]
	fmt.Println(len(t), cap(t))
	t = append(t, 99)
	fmt.Println(arr[0], t)
	u := arr[8:10:10]
	fmt.Println(u, cap(u))
	sl := []int{1, 2, 3, 4, 5}
	v := sl[1:3:4]
	fmt.Println(v, len(v), cap(v))
	w := v[0:3]
	fmt.Println(w)
	x := sl[:2:2]
	x = append(x, 33)
	fmt.Println(sl, x)
	p := &arr
	q := p[1:3:5]
	fmt.Println(q, cap(q))
	lo, hi, mx := 1, 2, 3
	fmt.Println(sl[lo:hi:mx], cap(sl[lo:hi:mx]), sl[:hi:mx], cap(sl[:hi:mx]))
}

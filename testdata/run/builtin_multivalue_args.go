package main

import "fmt"

// A builtin called with a multi-value call takes the call's results as
// its arguments: copy(f()), delete(h()), append(s()), print(t()).

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "xyz" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func s3() ([]int, int, int) { return []int{1}, 2, 3 }
func t() (int16, float64, string, bool) { return -42, 4.2, "x", true }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3, 4}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m[1])
	fmt.Println(append(s3()))
	print(t())
	println(t())
}

// run

package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func three() (int, string, bool) { return 1, "two", true }

func pass(a, b int) (int, int) { return divmod(a, b) }

func consume(q, r int) string { return fmt.Sprint("q=", q, " r=", r) }

func swap(a, b string) (string, string) { return b, a }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minmax([]int{3, -1, 9, 4}))
	a, b, c := three()
	fmt.Println(a, b, c)
	_, s, _ := three()
	fmt.Println(s)
	fmt.Println(consume(pass(100, 7)))
	x, y := swap("x", "y")
	x, y = swap(x, y)
	fmt.Println(x, y)
	var n int
	n, _ = divmod(9, 2)
	fmt.Println(n)
	m := map[string]int{"k": 1}
	v, ok := m["k"]
	fmt.Println(v, ok)
	var iface interface{} = 3
	i, ok2 := iface.(int)
	fmt.Println(i, ok2)
}

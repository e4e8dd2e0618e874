package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Named struct {
	Rect
	name string
}

const (
	A = iota
	B
	C
	Big   = 1 << 100
	Small = Big >> 98
)

var total = compute(3)

func compute(n int) int { return n*A + C }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (v int, ok bool) {
	if len(*s) == 0 {
		return 0, false
	}
	v = (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("div by zero")
	}
	return a / b, nil
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter(), total, Small)
	n := Named{Rect{1, 2}, "x"}
	fmt.Println(n.Area(), n.W, n.name)
	var st Stack
	st.Push(1)
	st.Push(2)
	if v, ok := st.Pop(); ok {
		fmt.Println(v)
	}
	m := map[string]int{"a": 1, "b": 2}
	for k, v := range m {
		fmt.Println(k, v)
	}
	delete(m, "a")
	q, err := divide(7, 2)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Printf("%d\n", q)
	fmt.Println(sum(1, 2, 3), sum([]int{4, 5}...))
	var b strings.Builder
	b.WriteString("hi")
	b.WriteByte('!')
	fmt.Println(b.String(), strings.ToUpper("abc"), strconv.Itoa(42))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc > 0, runtime.NumGoroutine())
	f := func(x int) int { return x + q }
	fmt.Println(f(1))
	switch x := s.(type) {
	case Rect:
		fmt.Println("rect", x.W)
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println(x)
	}
	bs := []byte("hello")
	rs := []rune("héllo")
	fmt.Println(string(bs), len(rs), string(rs[1]))
	arr := [...]int{1, 2, 3}
	sl := arr[1:2:3]
	copy(sl, arr[:])
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	var ip *int = new(int)
	*ip = 5
	x := 1.5
	y := int(x) << 2
	var u8 uint8 = 255
	u8++
	println(y, u8, len(arr), cap(sl))
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
L:
	for {
		break L
	}
	goto end
end:
	panic("done")
}

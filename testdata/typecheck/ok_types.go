package main

import "fmt"

type Celsius float64
type Temp interface{ String() string }

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type List struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) { l.head = &node{v, l.head}; l.size++ }

type Tree struct {
	Left, Right *Tree
	Val         int
}

type Walker func(t *Tree) bool

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(s string) }

type file struct{ data []string }

func (f *file) Read() string    { return f.data[0] }
func (f *file) Write(s string) { f.data = append(f.data, s) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint(b.ID) }

type Derived struct {
	*Base
	Name string
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const typed int64 = 1 << 40
const f32 float32 = 1.5
const r = 'x'
const s = "hello" + ", " + "world"

var (
	x, y   = 1, 2
	ratio  = float64(x) / float64(y)
	matrix = [2][2]int{{1, 2}, {3, 4}}
	lookup = map[string][]int{"a": {1}, "b": {2, 3}}
	pts    = []struct{ X, Y int }{{1, 2}, {X: 3}}
	ptrs   = []*node{{val: 1}, {val: 2}}
)

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func multi() (a, b int, err error) {
	a, b = 1, 2
	return
}

func main() {
	var t Temp = Celsius(21.5)
	fmt.Println(t.String(), KB, MB, GB, typed, f32, r, s, ratio, matrix[1][0])
	var l List
	l.Push(1)
	var rw ReadWriter = &file{data: []string{"x"}}
	rw.Write("y")
	fmt.Println(rw.Read(), l.size, len(lookup["b"]), pts[1].X, ptrs[0].val)
	d := Derived{&Base{7}, "d"}
	fmt.Println(d.Describe(), d.ID)
	desc := d.Describe
	fmt.Println(desc())
	sq := apply([]int{1, 2, 3}, func(v int) int { return v * v })
	c := counter()
	c()
	a, b, err := multi()
	fmt.Println(sq, c(), a, b, err == nil)
	var w Walker = func(t *Tree) bool { return t == nil }
	fmt.Println(w(nil))
	var u8 uint8 = 200
	var i16 int16 = -300
	var f64 = 1e-3
	fmt.Println(u8+55, i16>>2, f64*2, 7/2, 7.0/2, -7%3, 1<<u8)
	str := "héllo"
	for i, ch := range str {
		fmt.Println(i, ch, string(ch))
	}
	bs := []byte(str)
	bs = append(bs, "!!"...)
	fmt.Println(string(bs[:2]), str[1], len(str))
	type local struct{ a, b int }
	lv := local{1, 2}
	lp := &lv
	lp.a = 5
	fmt.Println(lv, *lp)
	var e error = fmt.Errorf("e%d", 1)
	if e != nil {
		fmt.Println(e.Error())
	}
	var any interface{} = 3
	if n, ok := any.(int); ok {
		fmt.Println(n + 1)
	}
	switch v := any.(type) {
	case int, string:
		fmt.Println(v)
	case fmt.Stringer:
		fmt.Println(v.String())
	}
	m := make(map[[2]int]bool)
	m[[2]int{1, 2}] = true
	_, found := m[[2]int{1, 2}]
	fmt.Println(found)
	arr := [5]int{1, 2, 3}
	ps := &arr
	fmt.Println(ps[1], len(ps), ps[1:3])
	for i := range ps {
		_ = i
	}
	var fn func(...int) int
	fn = func(xs ...int) int { return len(xs) }
	fmt.Println(fn(), fn(1, 2))
	goto done
done:
}

// run

package main

import "fmt"

type Config struct {
	Name  string
	Debug bool
	Tags  []string
	Limit *int
}

func describe(name string, s []int) {
	fmt.Println(name, s == nil, len(s), cap(s), s)
}

func main() {
	s := make([]int, 3)
	t := make([]int, 2, 10)
	n := 4
	u := make([]string, n, n*2)
	fmt.Println(s, len(s), cap(s), t, len(t), cap(t), len(u), cap(u), u[3] == "")
	t = t[:cap(t)]
	fmt.Println(len(t), t[9])
	m := make(map[string][]int)
	m2 := make(map[int]bool, 100)
	m["x"] = append(m["x"], 1)
	fmt.Println(len(m), len(m2), m)
	ip := new(int)
	*ip = 42
	fmt.Println(*ip)
	cp := new(Config)
	fmt.Printf("%+v\n", *cp)
	cp.Tags = append(cp.Tags, "a")
	cp.Limit = new(int)
	*cp.Limit = 10
	fmt.Println(cp.Name == "", cp.Tags, *cp.Limit)
	sp := new([]int)
	fmt.Println(*sp == nil, len(*sp))
	*sp = append(*sp, 1, 2)
	fmt.Println(*sp)
	mp := new(map[string]int)
	fmt.Println(*mp == nil)
	ap := new([3]string)
	ap[1] = "mid"
	fmt.Println(*ap, len(ap))
	zero := make([]struct{}, 10)
	fmt.Println(len(zero))
	bs := make([]byte, 5)
	copy(bs, "hi")
	fmt.Println(bs, string(bs[:2]))
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := make([]int, 0, 10)
	var arr [3]int
	describe("nil", a)
	describe("lit", b)
	describe("make0", c)
	describe("make0,10", d)
	describe("arr[3:]", arr[3:])
	describe("nil[0:0]", a[0:0])
	a = append(a, 1)
	describe("appended", a)
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = ip
	**pp = 7
	fmt.Println(*ip)
}

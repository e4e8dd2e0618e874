// run

package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	m["one"] = 100
	fmt.Println(m["one"], len(m))
	delete(m, "two")
	delete(m, "nonexistent")
	_, ok = m["two"]
	fmt.Println(ok, len(m))
	fmt.Println(m)
	lit := map[int]string{1: "a", 2: "b", 3: "c"}
	fmt.Println(lit, len(lit))
	// maps are references
	alias := lit
	alias[4] = "d"
	fmt.Println(len(lit), lit[4])
	// nil map reads
	var nm map[string]bool
	fmt.Println(nm == nil, len(nm), nm["x"])
	delete(nm, "x")
	// map of slices
	groups := map[bool][]int{}
	for i := 0; i < 10; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])
	// map of maps
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
	// struct values must be replaced wholesale
	type P struct{ X, Y int }
	pm := map[string]P{"p": {1, 2}}
	p := pm["p"]
	p.X = 10
	pm["p"] = p
	fmt.Println(pm)
	// pointer values can be mutated in place
	pp := map[string]*P{"q": {3, 4}}
	pp["q"].Y = 40
	fmt.Println(*pp["q"])
	// various key types
	fk := map[float64]string{1.5: "x", -0.0: "zero"}
	fk[0.0] = "zero again"
	fmt.Println(len(fk), fk[0])
	bk := map[bool]int{true: 1}
	bk[false]--
	fmt.Println(bk)
	ak := map[[2]int]string{{1, 2}: "a"}
	ak[[2]int{1, 2}] += "b"
	fmt.Println(ak)
	rk := map[rune]int{}
	for _, r := range "hello" {
		rk[r]++
	}
	fmt.Println(rk)
}

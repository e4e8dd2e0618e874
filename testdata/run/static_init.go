// Package-level variables that gc initialises statically (no init code):
// constants, composite literals of them, &T{...}, slices (their backing
// arrays are writable data), addresses of other variables, function
// values, interface values, and copies of other static variables.  They
// must read as Go's and stay writable; the collector must see the heap
// pointers stored into them later.
package main

import "fmt"

type Range struct {
	Lo, Hi uint16
	Stride uint16
}

type Table struct {
	R      []Range
	Latin  int
	Name   string
	Parent *Table
}

var base = &Table{R: []Range{{0x41, 0x5a, 1}, {0x61, 0x7a, 1}}, Latin: 2, Name: "letters"}
var Letters = base // a static copy of base's value
var child = &Table{Name: "child", Parent: base}
var tables = []*Table{base, child, {Name: "inline"}}
var grid = [3][2]int{{1, 2}, {3, 4}, {5, 6}}
var words = []string{"alpha", "beta", 5: "zeta"}
var flags = [...]bool{true, false, true}
var pi, e = 3.14159, 2.71828
var anyv interface{} = Range{1, 2, 3}
var errv fmt.Stringer = name("static")
var fn = double
var fns = []func(int) int{double, triple}
var ptrToGrid = &grid
var z complex128 = 1 + 2i
var empty []int
var nilmap map[string]int

type name string

func (n name) String() string { return "name:" + string(n) }

func double(x int) int { return 2 * x }
func triple(x int) int { return 3 * x }

func main() {
	fmt.Println(base.Name, base.R, base.Latin, Letters == base, child.Parent.Name)
	for _, t := range tables {
		fmt.Println(t.Name, len(t.R), t.Parent != nil)
	}
	fmt.Println(grid, words, len(words), flags, pi, e, z)
	fmt.Println(anyv, errv, fn(21), fns[1](5), ptrToGrid[2][1], empty == nil, nilmap == nil)
	// static data is writable, and may point into the heap afterwards
	base.R[0].Hi = 0x5b
	words[1] = "BETA"
	grid[0][0] = 100
	tables[2] = &Table{Name: "heap"}
	for i := 0; i < 100000; i++ {
		tables[2].R = append(tables[2].R, Range{uint16(i), uint16(i), 1})
	}
	fmt.Println(base.R[0], Letters.R[0], words[1], ptrToGrid[0][0], tables[2].Name, len(tables[2].R), tables[2].R[99999])
}

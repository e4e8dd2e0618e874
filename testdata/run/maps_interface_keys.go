// run

package main

import "fmt"

type ID int
type S struct{ a, b int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[S{1, 2}] = "struct"
	m[[2]string{"a", "b"}] = "array"
	m[nil] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[ID(1)], "|", m["1"], "|", m[1.0], "|", m[true])
	fmt.Println(m[S{1, 2}], m[[2]string{"a", "b"}], m[nil])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	delete(m, ID(1))
	fmt.Println(len(m), m[ID(1)] == "")
	// pointer keys: identity
	p1, p2 := &S{}, &S{}
	pm := map[interface{}]int{p1: 1, p2: 2}
	pm[p1]++
	fmt.Println(len(pm), pm[p1], pm[p2])
	// error interface keys
	type E struct{ msg string }
	var e1 interface{} = E{"x"}
	em := map[interface{}]int{e1: 5}
	fmt.Println(em[E{"x"}], em[E{"y"}])
	// Stringer-typed keys
	sm := map[fmt.Stringer]int{}
	fmt.Println(len(sm))
	// mixed dynamic key types would sort by type-descriptor address: keep one type
	fmt.Println(map[interface{}]int{"b": 1, "a": 2, "c": 3})
}

// run

package main

import "fmt"

type Stringer interface{ String() string }
type T struct{ v int }

func (t T) String() string { return fmt.Sprint("T<", t.v, ">") }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	i = T{7}
	st, ok := i.(Stringer)
	fmt.Println(st, ok)
	t, ok := i.(T)
	fmt.Println(t.v, ok)
	pt, ok := i.(*T)
	fmt.Println(pt == nil, ok)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	_, ok = nothing.(interface{})
	fmt.Println(ok)
	var sv Stringer = T{1}
	back, ok := sv.(T)
	fmt.Println(back, ok)
	if x, ok := i.(fmt.Stringer); ok {
		fmt.Println("stringer:", x.String())
	}
	m := map[string]interface{}{"a": 1, "b": "two", "c": []int{3}}
	keys := []string{"a", "b", "c", "d"}
	for _, k := range keys {
		if v, ok := m[k].(int); ok {
			fmt.Println(k, "int", v)
		} else if v, ok := m[k].(string); ok {
			fmt.Println(k, "string", v)
		} else {
			fmt.Println(k, "other", m[k])
		}
	}
	// single-result assertion that succeeds
	fmt.Println(i.(T).v + 1)
}

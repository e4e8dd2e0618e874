// run

package main

import "fmt"

type Pair struct {
	K string
	V interface{}
}

func sum(xs ...interface{}) (total float64) {
	for _, x := range xs {
		switch v := x.(type) {
		case int:
			total += float64(v)
		case float64:
			total += v
		case []interface{}:
			total += sum(v...)
		}
	}
	return
}

func main() {
	var x interface{}
	x = 1
	fmt.Println(x)
	x = "str"
	fmt.Println(x)
	x = []int{1, 2}
	fmt.Println(x)
	x = map[string]int{"z": 1, "a": 2}
	fmt.Println(x)
	x = Pair{"k", Pair{"inner", nil}}
	fmt.Println(x)
	fmt.Printf("%v %+v\n", x, x)
	vals := []interface{}{1, 2.5, "skip", []interface{}{10, 20.5, []interface{}{100}}}
	fmt.Println(sum(vals...))
	fmt.Println(vals...)
	fmt.Println(len(vals), vals)
	box := make([]interface{}, 0)
	for i := 0; i < 300; i++ {
		box = append(box, i)
	}
	s := 0
	for _, b := range box {
		s += b.(int)
	}
	fmt.Println(s)
	var big interface{} = [5]int64{1, 2, 3, 4, 5}
	arr := big.([5]int64)
	arr[0] = 99
	fmt.Println(big, arr)
}

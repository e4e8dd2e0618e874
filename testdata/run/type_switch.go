// run

package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

type MyInt int

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)*2)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case error:
		return "error: " + x.Error()
	case Animal:
		return "animal says " + x.Sound()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case bool, float64:
		return fmt.Sprintf("bool or float %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	inputs := []interface{}{nil, 41, int8(3), int16(4), MyInt(5), "hey", []int{1, 2}, map[string]int{"a": 1}, errors.New("bad"), Dog{}, &Cat{"tom"}, Cat{}, func() int { return 7 }, true, 2.5, float32(1.5), struct{}{}}
	for _, in := range inputs {
		fmt.Println(classify(in))
	}
	var a Animal = &Cat{}
	switch a.(type) {
	case Dog:
		fmt.Println("dog")
	case *Cat:
		fmt.Println("*cat")
	}
	switch y := a.(type) {
	case interface{ Name() string }:
		fmt.Println("has Name", y)
	default:
		fmt.Println("no Name method")
	}
}

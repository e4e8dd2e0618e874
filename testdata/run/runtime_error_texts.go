// run

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }
type Square struct{ s int }
type Circle struct{ r int }

func (q Square) Area() int { return q.s * q.s }
func (c Circle) Area() int { return 3 * c.r * c.r }

type Code int

// catch runs f and reports the recovered value: its dynamic type class and text.
func catch(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println(name, "=> no panic")
		case error:
			fmt.Println(name, "=> error:", v.Error())
		case string:
			fmt.Println(name, "=> string:", v)
		default:
			fmt.Printf("%s => %T: %v\n", name, v, v)
		}
	}()
	f()
}

func main() {
	zero, neg, five, one := 0, -1, 5, 1
	s := []int{1, 2, 3}
	str := "abc"
	var arr [4]int
	var np *Square
	var nm map[string]int
	var e interface{}
	catch("string index", func() { _ = str[len(str)] })
	catch("array index", func() { arr[five-1+one] = 1 })
	catch("negative slice index", func() { _ = s[neg] })
	catch("string slice", func() { _ = str[five:] })
	catch("slice low > len", func() { _ = s[five:] })
	catch("slice low > high", func() { _ = s[2:one] })
	catch("slice high > cap", func() { _ = s[:five] })
	catch("3-index max > cap", func() { _ = s[0:1:five] })
	catch("3-index high > max", func() { _ = s[0:3:one] })
	catch("3-index low > high", func() { _ = s[2:one:3] })
	catch("array slice", func() { _ = arr[one:five] })
	catch("int8 modulo", func() { var a int8 = 7; _ = a % int8(zero) })
	catch("uint divide", func() { var a uint = 7; _ = a / uint(zero) })
	catch("float divide (no panic)", func() { _ = 1.0 / float64(zero) })
	catch("nil deref write", func() { np.s = 1 })
	catch("nil map write", func() { nm["k"]++ })
	catch("nil map delete (no panic)", func() { delete(nm, "k") })
	catch("assert on nil", func() { _ = e.(int) })
	catch("assert named", func() { var sh Shape = Square{1}; _ = sh.(Circle) })
	catch("assert pointer", func() { var sh Shape = Square{1}; _ = sh.(*Square) })
	catch("makeslice len", func() { _ = make([]int, neg) })
	catch("makeslice cap", func() { _ = make([]int, five, one) })
	catch("makeslice huge", func() { _ = make([]int64, 1<<uint(62-zero)) })
	catch("negative shift", func() { _ = one >> neg })
	catch("panic bool", func() { panic(true) })
	catch("panic float", func() { panic(1.5) })
	catch("panic named int", func() { panic(Code(404)) })
	catch("panic error", func() { panic(errors.New("custom error")) })
	catch("panic struct", func() { panic(Square{3}) })
	catch("panic nil", func() { panic(nil) })
	catch("unhashable", func() { m := map[interface{}]bool{}; m[[]byte("x")] = true })
	catch("unhashable in struct", func() {
		m := map[interface{}]bool{}
		m[struct{ f interface{} }{map[int]int{}}] = true
	})
}

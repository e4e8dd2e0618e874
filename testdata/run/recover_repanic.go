// run

package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("original")
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("middle caught: %v", r)
		}
	}()
	inner()
	return nil
}

func deferPanics() (out string) {
	defer func() {
		out = fmt.Sprint("outer caught: ", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func recoverOnlyInDeferDirect() (res string) {
	helper := func() interface{} { return recover() }
	defer func() {
		r := helper() // not called directly by the deferred function: returns nil
		res = fmt.Sprint("helper got ", r)
		recover()
	}()
	panic("p")
}

func main() {
	fmt.Println(middle())
	fmt.Println(deferPanics())
	fmt.Println(recoverOnlyInDeferDirect())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
	fmt.Println("main done")
}

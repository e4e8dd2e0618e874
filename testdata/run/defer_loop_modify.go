// run

package main

import "fmt"

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func() { n++ }()
	}
	return 10
}

func unwind(depth int) {
	defer fmt.Println("unwind", depth)
	if depth > 0 {
		unwind(depth - 1)
	}
}

func cleanup(log *[]string) {
	*log = append(*log, "start")
	defer func() { *log = append(*log, "cleanup") }()
	*log = append(*log, "work")
}

func main() {
	fmt.Println(double(4), counter())
	unwind(3)
	var log []string
	cleanup(&log)
	fmt.Println(log)
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			defer func(v int) { total += v * v }(i)
		}
	}()
	fmt.Println(total)
	m := map[string]int{}
	func() {
		defer delete(m, "temp")
		m["temp"] = 1
		m["keep"] = 2
		fmt.Println(len(m))
	}()
	fmt.Println(len(m), m)
}

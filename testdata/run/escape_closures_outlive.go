// run

package main

import "fmt"

type Event struct {
	name    string
	handler func() string
}

func makeHandlers(names []string) []Event {
	var evs []Event
	for i, n := range names {
		idx, name := i, n
		count := 0
		evs = append(evs, Event{name, func() string {
			count++
			return fmt.Sprintf("%s#%d called %d", name, idx, count)
		}})
	}
	return evs
}

func accumulator() (func(int), func() []int) {
	var hist []int
	return func(v int) { hist = append(hist, v) }, func() []int { return hist }
}

func chain(n int) func() int {
	if n == 0 {
		return func() int { return 0 }
	}
	inner := chain(n - 1)
	return func() int { return n + inner() }
}

func deferredLater() (get func() int) {
	x := 1
	defer func() { x *= 10 }()
	get = func() int { return x }
	x++
	return
}

func main() {
	evs := makeHandlers([]string{"click", "key", "scroll"})
	for i := 0; i < 2; i++ {
		for _, e := range evs {
			fmt.Println(e.handler())
		}
	}
	add, get := accumulator()
	for i := 0; i < 10; i++ {
		add(i * i)
	}
	fmt.Println(get())
	fmt.Println(chain(100)())
	g := deferredLater()
	fmt.Println(g())
	// closures stored in a map outlive the loop
	ops := map[string]func(int) int{}
	for _, k := range []int{2, 3, 5} {
		k := k
		ops[fmt.Sprint("times", k)] = func(x int) int { return x * k }
	}
	fmt.Println(ops["times2"](7), ops["times3"](7), ops["times5"](7))
	// closure capturing a large array by reference
	var big [1000]int
	setter := func(i, v int) { big[i] = v }
	for i := 0; i < 1000; i++ {
		setter(i, i)
	}
	s := 0
	for _, v := range big {
		s += v
	}
	fmt.Println(s)
}

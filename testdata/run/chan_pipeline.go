package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func sum(in <-chan int) int {
	s := 0
	for v := range in {
		s += v
	}
	return s
}

// A pipeline of goroutines connected by channels, three stages deep.
func main() {
	fmt.Println(sum(square(square(gen(20)))))
	for v := range square(gen(5)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}

// errorcheck -0 -m -l
// Channels and goroutines as gc's escape analysis sees them: a value sent
// flows to the heap, a go statement's function and arguments escape, a
// receive and a select assignment copy out of the channel.
package main

import "fmt"

type T struct{ v int }

type Job struct {
	id  int
	out *[]int
}

func sendPtr(c chan *T) { // ERROR ": c does not escape$"
	c <- &T{1} // ERROR ": &T\{\.\.\.\} escapes to heap$"
}

func sendVal(c chan T, v T) { // ERROR ": c does not escape$"
	c <- v
}

func sendIface(c chan interface{}, n int) { // ERROR ": c does not escape$"
	c <- n // ERROR ": n escapes to heap$"
}

func recvPtr(c chan *T) *T { // ERROR ": c does not escape$"
	return <-c
}

func recvOK(c <-chan *T) (*T, bool) { // ERROR ": c does not escape$"
	v, ok := <-c
	return v, ok
}

func worker(id int, jobs <-chan Job, results chan<- int) { // ERROR ": jobs does not escape$" ": results does not escape$"
	for j := range jobs {
		results <- j.id * id
	}
}

func sel(a, b chan int, quit chan struct{}) int { // ERROR ": a does not escape$" ": b does not escape$" ": quit does not escape$"
	x := 0
	for {
		select {
		case v := <-a:
			x += v
		case v, ok := <-b:
			if !ok {
				return x
			}
			x -= v
		case a <- x:
		case <-quit:
			return x
		}
	}
}

func goClosure() {
	done := make(chan bool)
	s := []int{1, 2, 3} // ERROR ": \[\]int\{\.\.\.\} escapes to heap$"
	go func() { // ERROR ": func literal escapes to heap$"
		sum := 0
		for _, v := range s {
			sum += v
		}
		fmt.Println(sum) // ERROR ": \.\.\. argument does not escape$" ": sum escapes to heap$"
		done <- true
	}()
	<-done
}

func goArgs(p *T, n int) { // ERROR ": leaking param: p$"
	go fmt.Println(p, n) // ERROR ": n escapes to heap$" ": \.\.\. argument does not escape$"
}

func localChan() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func chanOfChans() {
	reply := make(chan chan int)
	go func() { // ERROR ": func literal escapes to heap$"
		r := make(chan int)
		reply <- r
		r <- 42
	}()
	fmt.Println(<-<-reply) // ERROR ": \.\.\. argument does not escape$" ": <- \(<-reply\) escapes to heap$"
}

func main() {
	c := make(chan *T, 1)
	sendPtr(c)
	fmt.Println(recvPtr(c).v) // ERROR ": \.\.\. argument does not escape$" ": recvPtr\(c\)\.v escapes to heap$"
	jobs := make(chan Job, 3)
	results := make(chan int, 3)
	go worker(1, jobs, results)
	for i := 0; i < 3; i++ {
		jobs <- Job{id: i}
	}
	close(jobs)
	for i := 0; i < 3; i++ {
		fmt.Println(<-results) // ERROR ": \.\.\. argument does not escape$" ": <-results escapes to heap$"
	}
	goClosure()
	chanOfChans()
	var t T // ERROR ": moved to heap: t$"
	goArgs(&t, localChan())
	select {}
}

// bench: default N=400000, quick N=200
//
// workerpool: jobs go out to eight workers over one channel, results come
// back over another, a WaitGroup closes it; each job is a small
// computation with an allocation (a slice of its divisors).

package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type job struct{ id, n int }

type result struct {
	id       int
	divisors []int
}

func divisors(n int) []int {
	var d []int
	for i := 1; i*i <= n; i++ {
		if n%i == 0 {
			d = append(d, i)
			if i != n/i {
				d = append(d, n/i)
			}
		}
	}
	return d
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Println("bad size:", err)
			os.Exit(1)
		}
		n = v
	}
	jobs := make(chan job, 64)
	results := make(chan result, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, divisors(j.n)}
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- job{i, 1000000 + i*7}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	count, total := 0, 0
	for r := range results {
		count++
		total += len(r.divisors) * (r.id%7 + 1)
	}
	fmt.Println("jobs", count, "weighted divisors", total)
}

// The workloads of ../alloc.c on Go 1.19; prints the same one-line result.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func cputime() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

type Node struct{ left, right *Node }

var rng uint64 = 88172645463325252

func next() uint64 {
	rng ^= rng << 13
	rng ^= rng >> 7
	rng ^= rng << 17
	return rng
}

func size8to512() int { return 8 + int(next()%505) }

var sink interface{}
var sinkBytes []byte // typed, so storing into it does not box (as alloc.c's sink)
var allocs int

func discard() {
	for i := 0; i < 10000000; i++ {
		p := make([]byte, size8to512())
		p[0] = 1
		sinkBytes = p
	}
	allocs = 10000000
}

func keep() {
	const K = 300000
	all := make([][]byte, K)
	sink = all
	for i := 0; i < K; i++ {
		all[i] = make([]byte, size8to512())
		all[i][0] = 1
	}
	sink = nil
	allocs = K + 1
}

func bottomUp(depth int) *Node {
	allocs++
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func trees() {
	const minDepth, maxDepth = 4, 16
	total := bottomUp(maxDepth + 1).check()
	longLived := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + minDepth)
		for i := 0; i < iters; i++ {
			total += bottomUp(d).check()
		}
	}
	total += longLived.check()
	if total != allocs {
		fmt.Fprintln(os.Stderr, "trees: mismatch", total, allocs)
		os.Exit(1)
	}
}

func peakRSS() int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if strings.HasPrefix(s.Text(), "VmHWM:") {
			n, _ := strconv.Atoi(strings.Fields(s.Text())[1])
			return n
		}
	}
	return -1
}

func main() {
	w := "discard"
	if len(os.Args) > 1 {
		w = os.Args[1]
	}
	t0 := time.Now()
	c0 := cputime()
	switch w {
	case "discard":
		discard()
	case "keep":
		keep()
	case "trees":
		trees()
	default:
		os.Exit(2)
	}
	ns := float64(time.Since(t0).Nanoseconds()) / float64(allocs)
	cpu := float64(cputime()-c0) / float64(allocs)
	fmt.Printf("%s %d %.2f %d %.2f\n", w, allocs, ns, peakRSS(), cpu)
}
